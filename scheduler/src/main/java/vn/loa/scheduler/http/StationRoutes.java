package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Clock;
import java.time.Instant;
import vn.loa.scheduler.access.Actor;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.registry.StationRegistry;
import vn.loa.scheduler.store.AsyncStore;
import vn.loa.scheduler.store.Repositories;

import vn.loa.scheduler.access.Scope;
/** CRUD of stations with their windows, languages and quiet hours, within the caller's scope. */
final class StationRoutes {

    private final AsyncStore store;
    private final Clock clock;
    private final Runnable replanSoon;

    /** @param replanSoon asks for schedules to be planned again shortly (windows and stations shape them) */
    StationRoutes(AsyncStore store, Clock clock, Runnable replanSoon) {
        this.store = store;
        this.clock = clock;
        this.replanSoon = replanSoon;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("listStations").addHandler(this::list);
        routes.getRoute("createStation").addHandler(this::create);
        routes.getRoute("getStation").addHandler(this::get);
        routes.getRoute("updateStation").addHandler(this::update);
        routes.getRoute("deleteStation").addHandler(this::delete);
    }

    private void list(RoutingContext rc) {
        String within = rc.queryParams().get("within");
        Principal principal = Principals.of(rc);
        store.read(r -> {
            if (within != null) {
                if (r.orgUnits().findByCode(within).isPresent()) {
                    Scope.requireUnit(r, principal, within);
                }
                return r.stations().list(within);
            }
            return r.stations().list(Scope.listFilter(principal));
        })
                .onSuccess(stations -> Respond.items(rc, stations, StationJson::toJson))
                .onFailure(rc::fail);
    }

    private void create(RoutingContext rc) {
        StationSpec spec = StationJson.fromJson(rc.body().asJsonObject());
        Principal principal = Principals.of(rc);
        Actor actor = Principals.actor(rc);
        store.write(r -> {
            requireCommuneInScope(r, principal, spec);
            Instant now = clock.instant();
            Station station = StationRegistry.create(r, spec, now);
            Audit.record(r, actor, now, "station.create", "station", String.valueOf(station.id()), spec.communeCode(),
                    summary(station).encode());
            return station;
        })
                .onSuccess(station -> {
                    replanSoon.run();
                    Respond.json(rc, 201, StationJson.toJson(station));
                })
                .onFailure(rc::fail);
    }

    private void get(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        Principal principal = Principals.of(rc);
        store.read(r -> {
            Station station = StationRegistry.find(r, id);
            Scope.requireStation(r, principal, station);
            JsonObject json = StationJson.toJson(station);
            r.agentReports().heartbeats(id, 1).stream().findFirst().ifPresent(latest -> json.put("agent", new JsonObject()
                    .put("last_heartbeat_at", latest.getKey().toString()).put("version", latest.getValue().agentVersion())
                    .put("clock_offset_ms", latest.getValue().clockOffsetMillis())
                    .put("free_disk_bytes", latest.getValue().freeDiskBytes())
                    .put("outbox_backlog", latest.getValue().outboxBacklog())
                    .put("resident_bytes", latest.getValue().residentBytes())
                    .put("cache_state", latest.getValue().cacheState()).put("audio_state", latest.getValue().audioState())
                    .put("last_error", latest.getValue().lastError())));
            var sequences = r.agentReports().sequences(id, 50);
            // a missing sequence is "chưa báo cáo" (not reported yet), which is not the same as "không phát"
            json.put("as_run", new JsonObject().put("received", sequences.received())
                    .put("last_sequence", sequences.lastSequence())
                    .put("not_reported_yet", new io.vertx.core.json.JsonArray(sequences.missing()))
                    .put("missing_count", sequences.missingCount())
                    .put("gaps", ReportJson.gaps(sequences))
                    .put("enrolments", ReportJson.enrolments(sequences)));
            return json;
        })
                .onSuccess(json -> Respond.json(rc, 200, json))
                .onFailure(rc::fail);
    }

    private void update(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        StationSpec spec = StationJson.fromJson(rc.body().asJsonObject());
        Principal principal = Principals.of(rc);
        Actor actor = Principals.actor(rc);
        store.write(r -> {
            Station before = StationRegistry.find(r, id);
            Scope.requireStation(r, principal, before);
            requireCommuneInScope(r, principal, spec);
            Instant now = clock.instant();
            Station after = StationRegistry.update(r, id, spec, now);
            Audit.record(r, actor, now, "station.update", "station", String.valueOf(id), spec.communeCode(),
                    new JsonObject().put("before", summary(before)).put("after", summary(after)).encode());
            return after;
        })
                .onSuccess(station -> {
                    replanSoon.run();
                    Respond.json(rc, 200, StationJson.toJson(station));
                })
                .onFailure(rc::fail);
    }

    private void delete(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        Principal principal = Principals.of(rc);
        Actor actor = Principals.actor(rc);
        store.write(r -> {
            Station before = StationRegistry.find(r, id);
            Scope.requireStation(r, principal, before);
            StationRegistry.delete(r, id);
            Audit.record(r, actor, clock.instant(), "station.delete", "station", String.valueOf(id),
                    before.spec().communeCode(), summary(before).encode());
            return id;
        })
                .onSuccess(x -> Respond.noContent(rc))
                .onFailure(rc::fail);
    }

    private static void requireCommuneInScope(Repositories r, Principal principal, StationSpec spec) {
        if (spec.communeCode() != null && r.orgUnits().findByCode(spec.communeCode()).isPresent()) {
            Scope.requireUnit(r, principal, spec.communeCode());
        }
    }

    /** What the audit log keeps of a station: its settings, without timestamps. */
    private static JsonObject summary(Station station) {
        JsonObject json = StationJson.toJson(station);
        json.remove("created_at");
        json.remove("updated_at");
        return json;
    }
}
