package vn.loa.scheduler.registry;

import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.access.Scope;
import vn.loa.scheduler.domain.Heartbeat;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.store.AgentReportRepository.SequenceState;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.Store;

/**
 * Stations with their windows, languages and quiet hours, within the caller's scope: each change checked
 * ({@link StationRegistry}), scoped and audited in its transaction; the planner re-plans soon after.
 * Blocking: call off the event loop.
 */
public final class Stations {

    /** How many as-run sequences the station page lists as not reported yet. */
    private static final int SEQUENCES_SHOWN = 50;

    /**
     * A station as its page shows it: settings, its agent's last heartbeat (if any), its as-run sequences.
     */
    public record Detail(Station station, Optional<Map.Entry<Instant, Heartbeat>> lastHeartbeat, SequenceState sequences) {
    }

    private final Store store;
    private final Clock clock;
    private final Runnable replanSoon;

    /** @param replanSoon asks for schedules to be planned again shortly (windows and stations shape them) */
    public Stations(Store store, Clock clock, Runnable replanSoon) {
        this.store = store;
        this.clock = clock;
        this.replanSoon = replanSoon;
    }

    /** The stations of the unit {@code within} (when it exists, it must be in scope), else of the caller's scope. */
    public List<Station> list(Caller caller, String within) {
        return store.read(r -> {
            if (within != null) {
                if (r.orgUnits().isScope(within)) {
                    Scope.requireUnit(r, caller.principal(), within);
                }
                return r.stations().list(within);
            }
            return r.stations().list(caller.listFilter());
        });
    }

    public Detail read(Caller caller, long id) {
        return store.read(r -> {
            Station station = StationRegistry.findInScope(r, caller.principal(), id);
            return new Detail(station, r.agentReports().heartbeats(id, 1).stream().findFirst(),
                    r.agentReports().sequences(id, SEQUENCES_SHOWN));
        });
    }

    public Station create(Caller caller, StationSpec spec) {
        Station created = store.write(r -> {
            requireCommuneInScope(r, caller.principal(), spec);
            Instant now = clock.instant();
            Station station = StationRegistry.create(r, spec, now);
            Audit.record(r, caller.actor(), now, "station.create", "station", String.valueOf(station.id()), spec.communeCode(),
                    StationSummary.audited(station).encode());
            return station;
        });
        replanSoon.run();
        return created;
    }

    public Station update(Caller caller, long id, StationSpec spec) {
        Station updated = store.write(r -> {
            Station before = StationRegistry.findInScope(r, caller.principal(), id);
            requireCommuneInScope(r, caller.principal(), spec);
            Instant now = clock.instant();
            Station after = StationRegistry.update(r, id, spec, now);
            Audit.record(r, caller.actor(), now, "station.update", "station", String.valueOf(id), spec.communeCode(),
                    new JsonObject().put("before", StationSummary.audited(before))
                            .put("after", StationSummary.audited(after)).encode());
            return after;
        });
        replanSoon.run();
        return updated;
    }

    /** Deletes a station without airing history (see {@link StationRegistry#delete}). */
    public void delete(Caller caller, long id) {
        store.write(r -> {
            Station before = StationRegistry.findInScope(r, caller.principal(), id);
            StationRegistry.delete(r, id);
            Audit.record(r, caller.actor(), clock.instant(), "station.delete", "station", String.valueOf(id),
                    before.spec().communeCode(), StationSummary.audited(before).encode());
            return null;
        });
    }

    private static void requireCommuneInScope(Repositories r, Principal principal, StationSpec spec) {
        if (spec.communeCode() != null && r.orgUnits().findByCode(spec.communeCode()).isPresent()) {
            Scope.requireUnit(r, principal, spec.communeCode());
        }
    }
}
