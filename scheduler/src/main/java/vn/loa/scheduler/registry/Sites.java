package vn.loa.scheduler.registry;

import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Heartbeat;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.Site;
import vn.loa.scheduler.domain.SiteRules;
import vn.loa.scheduler.domain.SiteSpec;
import vn.loa.scheduler.domain.SiteState;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.access.Credential;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.SiteRepository.SiteAiring;
import vn.loa.scheduler.store.Store;

/**
 * The sites (điểm phát) of a station: added, retired, deleted while they have no history, and read with
 * their agents' state and their coverage of a period. Blocking: call off the event loop.
 */
public final class Sites {

    /** A site as its station's page shows it, with what it aired in the period asked for. */
    public record View(Site site, SiteState state, Heartbeat latest, long played, long records, boolean expected) {
    }

    /** Sites that aired a program whole in the period, of the sites expected to (in service during it). */
    public record Coverage(LocalDate from, LocalDate to, int sitesAired, int sitesExpected) {

        public String text() {
            return sitesAired + "/" + sitesExpected + " điểm phát";
        }
    }

    public record Listing(List<View> sites, Coverage coverage) {
    }

    private final Store store;
    private final Clock clock;
    private final Duration silentAfter;

    public Sites(Store store, Clock clock, Duration silentAfter) {
        this.store = store;
        this.clock = clock;
        this.silentAfter = silentAfter;
    }

    /** {@code from} null: today at the station; {@code to} null: {@code from}; {@code programId} null: any program. */
    public Listing list(Caller caller, long stationId, LocalDate from, LocalDate to, Long programId) {
        return store.read(r -> {
            Station station = StationRegistry.findInScope(r, caller.principal(), stationId);
            ZoneId zone = ZoneId.of(station.spec().timeZone());
            Instant now = clock.instant();
            LocalDate first = from != null ? from : LocalDate.ofInstant(now, zone);
            LocalDate last = to != null ? to : first;
            if (last.isBefore(first)) {
                throw DomainException.invalidValue("to", last.toString(), "một ngày không trước 'from'",
                        "a day not before 'from'");
            }
            return listing(r, station, zone, first, last, programId, now);
        });
    }

    private Listing listing(Repositories r, Station station, ZoneId zone, LocalDate first, LocalDate last, Long programId,
                            Instant now) {
        Map<Long, SiteAiring> aired = r.sites().airings(station.id(), first, last, programId).stream()
                .collect(Collectors.toMap(SiteAiring::siteId, Function.identity()));
        Map<Long, Heartbeat> latest = r.agentReports().latestPerSite(station.id());
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        List<View> views = new ArrayList<>();
        int airedCount = 0;
        int expectedCount = 0;
        for (Site site : r.sites().listForStation(station.id())) {
            SiteAiring a = aired.get(site.id());
            boolean expected = site.inServiceDuring(start, end);
            long played = a == null ? 0 : a.played();
            views.add(new View(site, SiteState.of(site, now, silentAfter), latest.get(site.id()), played,
                    a == null ? 0 : a.records(), expected));
            expectedCount += expected ? 1 : 0;
            airedCount += expected && played > 0 ? 1 : 0;
        }
        return new Listing(views, new Coverage(first, last, airedCount, expectedCount));
    }

    public Site create(Caller caller, long stationId, SiteSpec spec) {
        return store.write(r -> {
            Station station = StationRegistry.findInScope(r, caller.principal(), stationId);
            Problems problems = new Problems();
            problems.addAll(SiteRules.check(spec));
            if (spec.code() != null && r.sites().findByCode(spec.code()).isPresent()) {
                problems.add("code", "Đã có điểm phát khác với mã '" + spec.code() + "'.",
                        "Another site already has code '" + spec.code() + "'.");
            }
            problems.throwIfAny("Điểm phát", "The site");
            Instant now = clock.instant();
            Site site = r.sites().insert(stationId, spec, now);
            Audit.record(r, caller.actor(), now, "site.create", "station", String.valueOf(stationId),
                    station.spec().communeCode(), audited(site).encode());
            return site;
        });
    }

    /**
     * Its name, place, coordinates or former station corrected; the code stays (its agent and its records know
     * the site by it), a retired site stays as it was.
     */
    public Site update(Caller caller, long stationId, long siteId, SiteSpec spec) {
        return store.write(r -> {
            Station station = StationRegistry.findInScope(r, caller.principal(), stationId);
            Site site = find(r, stationId, siteId);
            Problems problems = new Problems();
            problems.addAll(SiteRules.check(spec));
            if (spec.code() != null && !spec.code().equals(site.spec().code())) {
                problems.add("code", "Không đổi được mã điểm phát '" + site.spec().code() + "': phần mềm tại đài và nhật ký phát"
                        + " nhận điểm phát theo mã này.", "A site's code '" + site.spec().code() + "' cannot change: its agent"
                        + " and its as-run records know it by that code.");
            }
            if (site.retiredAt() != null) {
                problems.add("site", "Điểm phát đã ngừng sử dụng, không sửa được.", "A retired site cannot be changed.");
            }
            problems.throwIfAny("Điểm phát", "The site");
            Instant now = clock.instant();
            r.sites().update(siteId, spec, now);
            Site updated = r.sites().find(siteId).orElseThrow();
            Audit.record(r, caller.actor(), now, "site.update", "station", String.valueOf(stationId),
                    station.spec().communeCode(), new JsonObject().put("before", audited(site)).put("after", audited(updated)).encode());
            return updated;
        });
    }

    /** The site stops being expected to air and its codes and tokens stop working; its history stays. */
    public Site retire(Caller caller, long stationId, long siteId) {
        return store.write(r -> {
            Station station = StationRegistry.findInScope(r, caller.principal(), stationId);
            Site site = find(r, stationId, siteId);
            if (site.retiredAt() != null) {
                return site;
            }
            requireAnotherInService(r, stationId, siteId);
            Instant now = clock.instant();
            r.sites().retire(siteId, now);
            r.credentials().revokeAll(siteId, Credential.Kind.TOKEN, now);
            r.credentials().revokeAll(siteId, Credential.Kind.ENROLMENT_CODE, now);
            Audit.record(r, caller.actor(), now, "site.retire", "station", String.valueOf(stationId),
                    station.spec().communeCode(), audited(site).encode());
            return r.sites().find(siteId).orElseThrow();
        });
    }

    /** Only a site that never sent a record: one that aired keeps its history and is retired instead. */
    public void delete(Caller caller, long stationId, long siteId) {
        store.write(r -> {
            Station station = StationRegistry.findInScope(r, caller.principal(), stationId);
            Site site = find(r, stationId, siteId);
            long records = r.sites().countAsRunRecords(siteId);
            if (records > 0) {
                throw new DomainException(DomainException.Kind.CONFLICT, "site_has_history",
                        "Không xoá được điểm phát đã có " + records + " bản ghi nhật ký phát: lịch sử phát phải được giữ lại."
                                + " Hãy cho điểm phát ngừng sử dụng.",
                        "A site with " + records + " as-run records cannot be deleted: airing history is kept. Retire it.",
                        new JsonObject().put("as_run_records", records));
            }
            if (site.retiredAt() == null) {
                requireAnotherInService(r, stationId, siteId);
            }
            r.sites().delete(siteId);
            Audit.record(r, caller.actor(), clock.instant(), "site.delete", "station", String.valueOf(stationId),
                    station.spec().communeCode(), audited(site).encode());
            return null;
        });
    }

    /** The site, when it is one of the station's (a site of another station is "not found" here). */
    public static Site find(Repositories r, long stationId, long siteId) {
        return r.sites().find(siteId).filter(s -> s.stationId() == stationId)
                .orElseThrow(() -> DomainException.notFound("điểm phát", "Site", String.valueOf(siteId)));
    }

    private static void requireAnotherInService(Repositories r, long stationId, long siteId) {
        boolean another = r.sites().listForStation(stationId).stream()
                .anyMatch(s -> s.id() != siteId && s.retiredAt() == null);
        if (!another) {
            throw new DomainException(DomainException.Kind.CONFLICT, "last_site",
                    "Đài phải còn ít nhất một điểm phát đang sử dụng: hãy thêm điểm phát mới trước.",
                    "A station keeps at least one site in service: add the new one first.", new JsonObject());
        }
    }

    static JsonObject audited(Site site) {
        return new JsonObject().put("code", site.spec().code()).put("name", site.spec().name())
                .put("location", site.spec().location()).put("latitude", site.spec().latitude())
                .put("longitude", site.spec().longitude()).put("former_station_code", site.spec().formerStationCode());
    }
}
