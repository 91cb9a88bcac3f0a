package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import vn.loa.scheduler.Version;
import vn.loa.scheduler.store.AsyncStore;

/** {@code GET /health}: 200 while the store answers (status degraded when disk runs low), else 503. */
final class HealthRoutes {

    private final AsyncStore store;
    private final Path dataDir;
    private final long minFreeDiskBytes;
    private final Clock clock;

    HealthRoutes(AsyncStore store, Path dataDir, long minFreeDiskBytes, Clock clock) {
        this.store = store;
        this.dataDir = dataDir;
        this.minFreeDiskBytes = minFreeDiskBytes;
        this.clock = clock;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("health").addHandler(this::health);
    }

    private void health(RoutingContext rc) {
        store.blocking(() -> {
            boolean reachable = storeReachable();
            long free = freeBytes();
            boolean diskOk = free >= minFreeDiskBytes;
            String status = !reachable ? "down" : diskOk ? "ok" : "degraded";
            return new JsonObject()
                    .put("status", status)
                    .put("version", Version.current())
                    .put("time", clock.instant().toString())
                    .put("store", new JsonObject().put("reachable", reachable))
                    .put("disk", new JsonObject().put("free_bytes", free).put("min_free_bytes", minFreeDiskBytes)
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

    private long freeBytes() {
        try {
            return Files.getFileStore(dataDir).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}
