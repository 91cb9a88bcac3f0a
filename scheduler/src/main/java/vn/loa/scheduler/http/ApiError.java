package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;

/**
 * The one shape of every failure the API returns:
 * {@code {"error":{"code","message","message_en","details"}}}, the message in Vietnamese first.
 */
record ApiError(int status, String code, String message, String messageEn, JsonObject details) {

    JsonObject toJson() {
        return new JsonObject().put("error", new JsonObject()
                .put("code", code)
                .put("message", message)
                .put("message_en", messageEn)
                .put("details", details == null ? new JsonObject() : details));
    }
}
