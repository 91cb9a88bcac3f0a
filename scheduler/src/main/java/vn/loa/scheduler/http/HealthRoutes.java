package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Clock;
import vn.loa.scheduler.Version;
import vn.loa.scheduler.store.AsyncStore;

/** {@code GET /health}: 200 while the store answers (status degraded when disk runs low), else 503. */
final class HealthRoutes {

    private final AsyncStore store;
    private final DiskFloor floor;
    private final Clock clock;

    HealthRoutes(AsyncStore store, DiskFloor floor, Clock clock) {
        this.store = store;
        this.floor = floor;
        this.clock = clock;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("health").addHandler(this::health);
    }

    private void health(RoutingContext rc) {
        store.blocking(() -> {
            boolean reachable = storeReachable();
            long free = floor.free();
            boolean diskOk = free >= floor.minFreeBytes();
            String status = !reachable ? "down" : diskOk ? "ok" : "degraded";
            return new JsonObject()
                    .put("status", status)
                    .put("version", Version.current())
                    .put("time", clock.instant().toString())
                    .put("store", new JsonObject().put("reachable", reachable))
                    .put("disk", new JsonObject().put("free_bytes", free).put("min_free_bytes", floor.minFreeBytes())
                            .put("ok", diskOk));
        })
                .onSuccess(body -> Respond.json(rc, "down".equals(body.getString("status")) ? 503 : 200, body))
                .onFailure(rc::fail);
    }

    private boolean storeReachable() {
        try {
            return store.isReachableNow();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
