package vn.loa.scheduler.imports;

import io.vertx.core.json.JsonObject;

/** What an accepted import did. */
public record ImportResult(int rows, int created, int updated) {

    public JsonObject toJson() {
        return new JsonObject().put("rows", rows).put("created", created).put("updated", updated);
    }
}
