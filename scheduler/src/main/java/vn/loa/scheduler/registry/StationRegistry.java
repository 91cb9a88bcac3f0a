package vn.loa.scheduler.registry;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.access.Scope;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.Problem;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.QuietHours;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.StationHeader;
import vn.loa.scheduler.domain.StationRules;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.store.Repositories;

/** Changes to stations, each checked inside the caller's transaction before anything is written. */
public final class StationRegistry {

    private StationRegistry() {
    }

    /**
     * The content as it will be stored: a station sent without quiet hours keeps its own, or a new one takes
     * its province's.
     */
    public static StationSpec settled(Repositories r, StationSpec spec, Long selfId) {
        if (spec.quietHours() != null) {
            return spec;
        }
        QuietHours quiet = selfId != null ? r.stations().find(selfId).map(s -> s.spec().quietHours()).orElse(null) : null;
        if (quiet == null) {
            quiet = r.settings().of(spec.communeCode() == null ? "" : spec.communeCode()).quietHours();
        }
        return new StationSpec(spec.code(), spec.name(), spec.communeCode(), spec.languages(), spec.timeZone(),
                spec.windows(), quiet, spec.quietHoursWaiver());
    }

    /**
     * Everything wrong with giving station {@code selfId} (null for a new one) the content {@code spec}
     * (settled): a window inside the quiet hours only where the province is strict.
     */
    public static List<Problem> problemsOf(Repositories r, StationSpec spec, Long selfId) {
        Problems problems = new Problems();
        String commune = spec.communeCode() == null ? "" : spec.communeCode();
        problems.addAll(StationRules.check(spec, r.orgUnits().findByCode(commune).map(OrgUnit::level),
                r.settings().of(commune).quietStrict()));
        Optional<Station> sameCode = spec.code() == null ? Optional.empty() : r.stations().findByCode(spec.code());
        if (sameCode.isPresent() && !Long.valueOf(sameCode.get().id()).equals(selfId)) {
            problems.add("code", "Đã có đài khác với mã '" + spec.code() + "'.",
                    "Another station already has code '" + spec.code() + "'.");
        } else if (selfId == null && spec.code() != null && r.sites().findByCode(spec.code()).isPresent()) {
            // a new station's first site takes the station's code
            problems.add("code", "Đã có điểm phát với mã '" + spec.code() + "'.",
                    "A site already has code '" + spec.code() + "'.");
        }
        return problems.list();
    }

    public static Station create(Repositories r, StationSpec sent, Instant now) {
        StationSpec spec = settled(r, sent, null);
        Problems problems = new Problems();
        problems.addAll(problemsOf(r, spec, null));
        problems.throwIfAny("Đài truyền thanh", "The station");
        return r.stations().insert(spec, now);
    }

    public static Station update(Repositories r, long id, StationSpec sent, Instant now) {
        find(r, id);
        StationSpec spec = settled(r, sent, id);
        Problems problems = new Problems();
        problems.addAll(problemsOf(r, spec, id));
        problems.throwIfAny("Đài truyền thanh", "The station");
        return r.stations().update(id, spec, now);
    }

    /** Deletes a station without airing history; one that has aired keeps its records and stays. */
    public static void delete(Repositories r, long id) {
        find(r, id);
        int records = r.stations().countAsRunRecords(id);
        if (records > 0) {
            throw new DomainException(DomainException.Kind.CONFLICT, "station_has_history",
                    "Không xoá được đài đã có " + records + " bản ghi nhật ký phát: lịch sử phát phải được giữ lại.",
                    "A station with " + records + " as-run records cannot be deleted: airing history is kept.",
                    new JsonObject().put("as_run_records", records));
        }
        r.stations().delete(id);
    }

    /**
     * The station, when the caller may see or act for it (its own agent, a user of its commune's subtree). An
     * agent of a station merged into another (the map of July 2025) still names its old station: it is
     * answered as the station it now airs as, so no PC has to be enrolled again.
     */
    public static Station findInScope(Repositories r, Principal principal, long id) {
        Station station = find(r, airsAs(r, principal, id));
        Scope.requireStation(r, principal, station);
        return station;
    }

    /** The same station's identity and place alone, read in one query, for an agent's heartbeat, batch or long poll. */
    public static StationHeader headerInScope(Repositories r, Principal principal, long id) {
        long airsAs = airsAs(r, principal, id);
        StationHeader station = r.stations().header(airsAs).orElseThrow(() -> notFound(airsAs));
        Scope.requireStation(r, principal, station);
        return station;
    }

    /** The station an agent's request is answered as: its own, when it names an old station merged into it. */
    private static long airsAs(Repositories r, Principal principal, long id) {
        return principal instanceof Principal.Station agent && agent.stationId() != id
                && r.mergers().mergedInto(id).filter(into -> into == agent.stationId()).isPresent() ? agent.stationId() : id;
    }

    public static Station find(Repositories r, long id) {
        return r.stations().find(id).orElseThrow(() -> notFound(id));
    }

    private static DomainException notFound(long id) {
        return DomainException.notFound("đài truyền thanh", "Station", String.valueOf(id));
    }
}
