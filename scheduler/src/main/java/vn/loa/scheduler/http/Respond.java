package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.function.Function;

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

    /** A list answer: {@code {"items":[…]}}, each element mapped to JSON. */
    static <T> void items(RoutingContext rc, List<T> list, Function<T, JsonObject> toJson) {
        JsonArray items = new JsonArray();
        list.forEach(element -> items.add(toJson.apply(element)));
        json(rc, 200, new JsonObject().put("items", items));
    }

    static void noContent(RoutingContext rc) {
        rc.response().setStatusCode(204).end();
    }
}
