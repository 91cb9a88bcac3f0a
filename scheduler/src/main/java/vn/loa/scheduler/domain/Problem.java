package vn.loa.scheduler.domain;

import io.vertx.core.json.JsonObject;

/**
 * One thing wrong with an input, said for a person: which field, in Vietnamese and in English.
 *
 * @param field   where the problem is, as the user sent it (e.g. {@code windows[1].end})
 * @param message Vietnamese, says what to do
 * @param messageEn the same in English
 */
public record Problem(String field, String message, String messageEn) {

    public JsonObject toJson() {
        return new JsonObject().put("field", field).put("message", message).put("message_en", messageEn);
    }
}
