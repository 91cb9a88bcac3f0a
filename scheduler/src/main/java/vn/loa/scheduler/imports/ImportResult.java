package vn.loa.scheduler.imports;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * What an accepted import did.
 *
 * @param warnings rows imported as written that a person should read ({@code {row, problems}}), e.g. a window
 *                 inside the quiet hours of a province that only warns
 */
public record ImportResult(int rows, int created, int updated, JsonArray warnings) {

    public ImportResult(int rows, int created, int updated) {
        this(rows, created, updated, new JsonArray());
    }

    public JsonObject toJson() {
        return new JsonObject().put("rows", rows).put("created", created).put("updated", updated).put("warnings", warnings);
    }
}
