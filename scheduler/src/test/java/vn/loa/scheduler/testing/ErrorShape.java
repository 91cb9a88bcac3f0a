package vn.loa.scheduler.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;

/** Asserts the one error shape of the API: status, code, a Vietnamese message and its English form. */
public final class ErrorShape {

    private ErrorShape() {
    }

    public static JsonObject assertError(Api.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        JsonObject error = reply.error();
        assertNotNull(error, reply.text());
        assertEquals(code, error.getString("code"), reply.text());
        String message = error.getString("message");
        assertFalse(message == null || message.isBlank(), reply.text());
        assertFalse(error.getString("message_en", "").isBlank(), reply.text());
        assertNotEquals(message, error.getString("message_en"), "the Vietnamese message is not the English one");
        assertNotNull(error.getJsonObject("details"), reply.text());
        assertFalse(reply.text().contains("at vn.loa") || reply.text().contains("SELECT "), "no internals leak");
        return error;
    }
}
