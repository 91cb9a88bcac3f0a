package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Clock;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.registry.StationRegistry;
import vn.loa.scheduler.store.AsyncStore;

/** CRUD of stations with their windows, languages and quiet hours. */
final class StationRoutes {

    private final AsyncStore store;
    private final Clock clock;

    StationRoutes(AsyncStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
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
        store.read(r -> r.stations().list(within))
                .onSuccess(stations -> {
                    JsonArray items = new JsonArray();
                    stations.forEach(s -> items.add(StationJson.toJson(s)));
                    Respond.json(rc, 200, new JsonObject().put("items", items));
                })
                .onFailure(rc::fail);
    }

    private void create(RoutingContext rc) {
        StationSpec spec = StationJson.fromJson(rc.body().asJsonObject());
        store.write(r -> StationRegistry.create(r, spec, clock.instant()))
                .onSuccess(station -> Respond.json(rc, 201, StationJson.toJson(station)))
                .onFailure(rc::fail);
    }

    private void get(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        store.read(r -> StationRegistry.find(r, id))
                .onSuccess(station -> Respond.json(rc, 200, StationJson.toJson(station)))
                .onFailure(rc::fail);
    }

    private void update(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        StationSpec spec = StationJson.fromJson(rc.body().asJsonObject());
        store.write(r -> StationRegistry.update(r, id, spec, clock.instant()))
                .onSuccess(station -> Respond.json(rc, 200, StationJson.toJson(station)))
                .onFailure(rc::fail);
    }

    private void delete(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        store.write(r -> {
            StationRegistry.delete(r, id);
            return id;
        })
                .onSuccess(x -> Respond.noContent(rc))
                .onFailure(rc::fail);
    }
}
