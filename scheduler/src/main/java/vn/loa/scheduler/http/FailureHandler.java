package vn.loa.scheduler.http;

import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.openapi.validation.ValidatorException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.store.StoreException;
import vn.loa.scheduler.store.StoreTimeout;

/**
 * The one place where failures become HTTP statuses and the error shape. Nothing internal (stack
 * traces, SQL, file paths) reaches the client; unexpected failures are logged with a reference the
 * client also sees.
 */
final class FailureHandler implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public void handle(RoutingContext rc) {
        if (clientGone(rc.failure())) {
            // the client hung up (a phone losing its signal, a cancelled upload): nobody to answer
            LOG.debug("[http] client gone during {} {}: {}", rc.request().method(), rc.request().path(), rc.failure().toString());
            return;
        }
        if (rc.response().headWritten()) {
            rc.response().reset();
            return;
        }
        ApiError error = toError(rc.failure(), rc.statusCode(), rc);
        if (!rc.request().isEnded()) {
            // refused before its body was read (not allowed, too large, too many parts): the rest is read
            // and dropped, never stored, so the client hears the answer instead of a reset connection
            rc.response().putHeader("Connection", "close");
            rc.request().handler(dropped -> { }).resume();
        }
        Respond.json(rc, error.status(), error.toJson());
    }

    static ApiError toError(Throwable failure, int status, RoutingContext rc) {
        if (failure instanceof HttpException http && http.getCause() != null) {
            failure = http.getCause();
        } else if (failure instanceof HttpException http) {
            return byStatus(http.getStatusCode(), rc);
        }
        if (failure instanceof DomainException e) {
            int code = switch (e.kind()) {
                case INVALID -> 400;
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
                case UNAUTHENTICATED -> 401;
                case FORBIDDEN -> 403;
                case LOCKED -> 429;
            };
            return new ApiError(code, e.code(), e.getMessage(), e.messageEn(), e.details());
        }
        if (failure instanceof HttpPostRequestDecoder.TooManyFormFieldsException
                || failure instanceof HttpPostRequestDecoder.TooLongFormFieldException) {
            return new ApiError(413, "too_many_parts",
                    "Biểu mẫu gửi lên có quá nhiều phần hoặc một trường quá dài. Một chương trình gửi một tệp và vài trường.",
                    "The form has too many parts or a field too long. A program upload is one file and a few fields.",
                    new JsonObject());
        }
        if (failure instanceof HttpPostRequestDecoder.ErrorDataDecoderException) {
            return new ApiError(400, "malformed_form", "Biểu mẫu gửi lên không đúng định dạng multipart/form-data.",
                    "The form is not valid multipart/form-data.", new JsonObject());
        }
        if (diskFull(failure)) {
            LOG.warn("[http] disk full on {} {}", rc.request().method(), rc.request().path());
            return new ApiError(507, "disk_full", "Máy chủ hết dung lượng đĩa; tệp chưa được nhận. Hãy báo quản trị viên"
                    + " giải phóng dung lượng.", "The server's disk is full; the file was not taken. Ask the administrator"
                    + " to free space.", new JsonObject());
        }
        if (failure instanceof ValidatorException e) {
            return SchemaErrors.of(e);
        }
        if (failure instanceof ApiRefusal r) {
            return r.error();
        }
        if (failure == null && status > 0) {
            return byStatus(status, rc);
        }
        if (failure instanceof StoreTimeout t) {
            LOG.warn("[http] report stopped after {} s on {} {}", t.limit().toSeconds(), rc.request().method(), rc.request().uri());
            return new ApiError(503, "report_too_slow", "Báo cáo này cần quá " + t.limit().toSeconds() + " giây nên đã dừng."
                    + " Hãy chọn khoảng thời gian ngắn hơn hoặc một đơn vị nhỏ hơn.", "This report needed more than "
                    + t.limit().toSeconds() + " seconds and was stopped. Choose a shorter period or a smaller unit.",
                    new JsonObject().put("limit_seconds", t.limit().toSeconds()));
        }
        String reference = Long.toString(System.nanoTime(), 36);
        if (failure instanceof StoreException) {
            LOG.error("[http] store failure ref={} on {} {}", reference, rc.request().method(), rc.request().path(), failure);
            return new ApiError(503, "store_unavailable",
                    "Kho dữ liệu tạm thời không phản hồi. Hãy thử lại sau ít phút (mã tham chiếu " + reference + ").",
                    "The data store is not responding. Try again in a few minutes (reference " + reference + ").",
                    new JsonObject().put("reference", reference));
        }
        LOG.error("[http] unexpected failure ref={} on {} {}", reference, rc.request().method(), rc.request().path(), failure);
        return new ApiError(500, "internal_error",
                "Lỗi hệ thống. Hãy báo quản trị viên kèm mã tham chiếu " + reference + ".",
                "Internal error. Tell your administrator, quoting reference " + reference + ".",
                new JsonObject().put("reference", reference));
    }

    private static boolean clientGone(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpClosedException
                    || (t.getMessage() != null && (t.getMessage().contains("Connection was closed")
                    || t.getMessage().contains("Connection reset") || t.getMessage().contains("Broken pipe")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean diskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null && t.getMessage().contains("No space left")) {
                return true;
            }
        }
        return false;
    }

    static ApiError byStatus(int status, RoutingContext rc) {
        String path = rc.request().path();
        return switch (status) {
            case 404 -> new ApiError(404, "no_such_route",
                    "Không có địa chỉ " + path + ". Hãy xem các địa chỉ tại /api/openapi.yaml.",
                    "There is no " + path + ". See the routes at /api/openapi.yaml.", new JsonObject().put("path", path));
            case 405 -> new ApiError(405, "method_not_allowed",
                    "Địa chỉ " + path + " không nhận phương thức " + rc.request().method() + ".",
                    path + " does not accept " + rc.request().method() + ".", new JsonObject());
            case 413 -> new ApiError(413, "body_too_large",
                    "Nội dung gửi lên quá lớn. Hãy gửi tệp nhỏ hơn hoặc chia thành nhiều phần.",
                    "The request body is too large. Send a smaller file or split it.", new JsonObject());
            case 415 -> new ApiError(415, "unsupported_media_type",
                    "Kiểu nội dung không được hỗ trợ. Gửi JSON với Content-Type: application/json.",
                    "Unsupported content type. Send JSON with Content-Type: application/json.", new JsonObject());
            default -> new ApiError(status, "http_" + status, "Yêu cầu không thực hiện được (HTTP " + status + ").",
                    "The request could not be served (HTTP " + status + ").", new JsonObject());
        };
    }
}
