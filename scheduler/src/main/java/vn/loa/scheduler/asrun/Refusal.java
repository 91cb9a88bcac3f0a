package vn.loa.scheduler.asrun;

import io.vertx.core.json.JsonObject;

/** Why one as-run record was not accepted; the rest of its batch is handled as usual. */
public record Refusal(long sequence, String code, String message, String messageEn) {

    public JsonObject toJson() {
        return new JsonObject().put("sequence", sequence).put("status", 400).put("code", code).put("message", message)
                .put("message_en", messageEn);
    }
}
