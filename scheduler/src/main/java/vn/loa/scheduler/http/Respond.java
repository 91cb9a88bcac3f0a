package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writes JSON responses, always as UTF-8. */
final class Respond {

    private Respond() {
    }

    static void json(RoutingContext rc, int status, JsonObject body) {
        rc.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .end(body.encode());
    }

    static void noContent(RoutingContext rc) {
        rc.response().setStatusCode(204).end();
    }
}
