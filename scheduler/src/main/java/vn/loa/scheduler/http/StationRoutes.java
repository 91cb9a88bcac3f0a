package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.registry.Stations;
import vn.loa.scheduler.store.AsyncStore;

/** Stations on the wire: parse, call {@link Stations}, render (the station page with its agent's state). */
final class StationRoutes {

    private final AsyncStore store;
    private final Stations stations;

    StationRoutes(AsyncStore store, Stations stations) {
        this.store = store;
        this.stations = stations;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("listStations").addHandler(rc -> {
            String within = rc.queryParams().get("within");
            store.blocking(() -> stations.list(Principals.caller(rc), within))
                    .onSuccess(list -> Respond.items(rc, list, StationJson::toJson)).onFailure(rc::fail);
        });
        routes.getRoute("createStation").addHandler(rc -> {
            StationSpec spec = StationJson.fromJson(rc.body().asJsonObject());
            store.blocking(() -> stations.create(Principals.caller(rc), spec))
                    .onSuccess(station -> Respond.json(rc, 201, StationJson.toJson(station))).onFailure(rc::fail);
        });
        routes.getRoute("getStation").addHandler(rc -> store.blocking(() -> stations.read(Principals.caller(rc), id(rc)))
                .onSuccess(detail -> Respond.json(rc, 200, detail(detail))).onFailure(rc::fail));
        routes.getRoute("updateStation").addHandler(rc -> {
            StationSpec spec = StationJson.fromJson(rc.body().asJsonObject());
            store.blocking(() -> stations.update(Principals.caller(rc), id(rc), spec))
                    .onSuccess(station -> Respond.json(rc, 200, StationJson.toJson(station))).onFailure(rc::fail);
        });
        routes.getRoute("deleteStation").addHandler(rc -> store.blocking(() -> {
            stations.delete(Principals.caller(rc), id(rc));
            return null;
        }).onSuccess(x -> Respond.noContent(rc)).onFailure(rc::fail));
    }

    private static long id(RoutingContext rc) {
        return Long.parseLong(rc.pathParam("id"));
    }

    private static JsonObject detail(Stations.Detail d) {
        JsonObject json = StationJson.toJson(d.station());
        d.lastHeartbeat().ifPresent(latest -> json.put("agent", new JsonObject()
                .put("last_heartbeat_at", latest.getKey().toString()).put("version", latest.getValue().agentVersion())
                .put("clock_offset_ms", latest.getValue().clockOffsetMillis())
                .put("clock_uncertainty_ms", latest.getValue().clockUncertaintyMillis())
                .put("free_disk_bytes", latest.getValue().freeDiskBytes())
                .put("outbox_backlog", latest.getValue().outboxBacklog())
                .put("resident_bytes", latest.getValue().residentBytes())
                .put("cache_state", latest.getValue().cacheState()).put("audio_state", latest.getValue().audioState())
                .put("relay_state", latest.getValue().relayState())
                .put("last_error", latest.getValue().lastError())));
        var sequences = d.sequences();
        // a missing sequence is "chưa báo cáo" (not reported yet), which is not the same as "không phát"
        json.put("as_run", new JsonObject().put("received", sequences.received())
                .put("last_sequence", sequences.lastSequence())
                .put("not_reported_yet", new JsonArray(sequences.missing()))
                .put("missing_count", sequences.missingCount())
                .put("gaps", ReportJson.gaps(sequences))
                .put("enrolments", ReportJson.enrolments(sequences)));
        return json;
    }
}
