package vn.loa.scheduler.http;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.openapi.validation.ValidatorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.store.StoreException;

/**
 * The one place where failures become HTTP statuses and the error shape. Nothing internal (stack
 * traces, SQL, file paths) reaches the client; unexpected failures are logged with a reference the
 * client also sees.
 */
final class FailureHandler implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public void handle(RoutingContext rc) {
        if (rc.response().headWritten()) {
            rc.response().reset();
            return;
        }
        ApiError error = toError(rc.failure(), rc.statusCode(), rc);
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
        if (failure instanceof ValidatorException e) {
            return SchemaErrors.of(e);
        }
        if (failure instanceof ApiRefusal r) {
            return r.error();
        }
        if (failure == null && status > 0) {
            return byStatus(status, rc);
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
