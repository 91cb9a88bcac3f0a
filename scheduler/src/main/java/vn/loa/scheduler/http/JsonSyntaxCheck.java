package vn.loa.scheduler.http;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a JSON body that does not parse, before schema validation, so the person sees where the
 * syntax breaks instead of a generic schema message; and one whose text holds a NUL character.
 */
final class JsonSyntaxCheck implements Handler<RoutingContext> {

    @Override
    public void handle(RoutingContext rc) {
        String type = rc.request().getHeader("Content-Type");
        if (type != null && type.toLowerCase().startsWith("application/json") && rc.body() != null
                && rc.body().buffer() != null && rc.body().length() > 0) {
            try {
                Object value = decoded(rc.body().buffer(), rc);
                if (mayHoldNul(rc.body().buffer()) && holdsNul(value)) {
                    // no one types it, a terminal or a C program reading the text back stops at it, and PostgreSQL
                    // cannot store it: refused on either store, so both keep the same texts
                    rc.fail(new ApiRefusal(new ApiError(400, "text_with_nul",
                            "Văn bản có ký tự NUL (\\u0000), không lưu được. Hãy bỏ ký tự đó.",
                            "The text holds a NUL character (\\u0000), which cannot be stored. Remove it.", null)));
                    return;
                }
            } catch (DecodeException e) {
                rc.fail(new ApiRefusal(new ApiError(400, "malformed_json",
                        "Nội dung JSON bị lỗi cú pháp, không đọc được. Hãy kiểm tra dấu ngoặc, dấu phẩy và dấu nháy.",
                        "The JSON body is malformed and cannot be read. Check brackets, commas and quotes.",
                        new JsonObject().put("reason", firstLine(e.getMessage())))));
                return;
            }
        }
        rc.next();
    }

    /**
     * The body parsed; an object through the request's body, which keeps it, so the handlers after this one do not
     * parse it again (an agent's as-run batch is the largest body the server reads all day).
     */
    private static Object decoded(Buffer body, RoutingContext rc) {
        for (int i = 0; i < body.length(); i++) {
            byte b = body.getByte(i);
            if (b == '{') {
                return rc.body().asJsonObject();
            }
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                break;
            }
        }
        return Json.decodeValue(body);
    }

    /** A parser refuses a raw NUL in a string: only the escape can put one in, and it cannot hide. */
    private static boolean mayHoldNul(Buffer body) {
        byte[] text = body.getBytes();
        for (int i = 0; i < text.length; i++) {
            if (text[i] == 0 || text[i] == '\\' && i + 5 < text.length && text[i + 1] == 'u' && text[i + 2] == '0'
                    && text[i + 3] == '0' && text[i + 4] == '0' && text[i + 5] == '0') {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsNul(Object value) {
        if (value instanceof String text) {
            return text.indexOf('\0') >= 0;
        }
        if (value instanceof JsonObject object) {
            return object.fieldNames().stream().anyMatch(name -> name.indexOf('\0') >= 0 || holdsNul(object.getValue(name)));
        }
        if (value instanceof io.vertx.core.json.JsonArray array) {
            return array.stream().anyMatch(JsonSyntaxCheck::holdsNul);
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
