package vn.loa.scheduler.http;

import io.vertx.core.Handler;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a JSON body that does not parse, before schema validation, so the person sees where the
 * syntax breaks instead of a generic schema message.
 */
final class JsonSyntaxCheck implements Handler<RoutingContext> {

    @Override
    public void handle(RoutingContext rc) {
        String type = rc.request().getHeader("Content-Type");
        if (type != null && type.toLowerCase().startsWith("application/json") && rc.body() != null
                && rc.body().buffer() != null && rc.body().length() > 0) {
            try {
                Json.decodeValue(rc.body().buffer());
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

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
