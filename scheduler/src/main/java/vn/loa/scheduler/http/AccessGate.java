package vn.loa.scheduler.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import java.time.Clock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.access.Resolution;
import vn.loa.scheduler.access.Secrets;
import vn.loa.scheduler.access.Sessions;
import vn.loa.scheduler.access.StationCredentials;
import vn.loa.scheduler.access.TokenCache;
import vn.loa.scheduler.store.AsyncStore;
import vn.loa.scheduler.store.Store;

/**
 * Runs before validation on every API request: finds the operation in the contract, resolves the
 * caller from the session cookie or the bearer token, and applies the route's {@link AccessRule}:
 * 401 for nobody, 403 for the wrong kind of caller, a user who must first change a one-time
 * password, or a state-changing request without the session's CSRF token. It runs before any body
 * is read: the request is paused while the caller is looked up (the body handler resumes it), so a
 * refused upload is answered after its headers and nothing of it is written anywhere.
 */
final class AccessGate implements Handler<RoutingContext> {

    static final String SESSION_COOKIE = "loa_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Logger LOG = LoggerFactory.getLogger(AccessGate.class);

    private final OpenAPIContract contract;
    private final AsyncStore store;
    private final Sessions sessions;
    private final StationCredentials credentials;
    private final TokenCache tokens;
    private final Clock clock;

    AccessGate(OpenAPIContract contract, AsyncStore store, Sessions sessions, StationCredentials credentials,
               TokenCache tokens, Clock clock) {
        this.contract = contract;
        this.store = store;
        this.sessions = sessions;
        this.credentials = credentials;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public void handle(RoutingContext rc) {
        Operation operation = contract.findOperation(rc.request().path(), rc.request().method());
        if (operation == null) {
            rc.next();
            return;
        }
        rc.put(RequestMetrics.OPERATION, operation.getOperationId());
        AccessRule rule = AccessRules.forOperation(operation.getOperationId()).orElseThrow();
        boolean bodyToCome = !rc.request().isEnded();
        if (bodyToCome) {
            rc.request().pause();
        }
        resolve(rc).onSuccess(principal -> {
            rc.put(Principals.KEY, principal);
            String refusal = refusal(rule, principal, rc);
            if (refusal == null) {
                rc.next();
            } else {
                rc.fail(new ApiRefusal(error(refusal, principal, rc)));
            }
        }).onFailure(rc::fail);
    }

    private Future<Principal> resolve(RoutingContext rc) {
        String authorization = rc.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).strip();
            // looked up every time here; what is found is remembered for the poll answered from memory (UnchangedSchedule)
            return readThenWrite(write -> r -> credentials.authenticate(r, token, clock.instant(), write))
                    .onSuccess(found -> {
                        if (found instanceof Principal.Station station) {
                            tokens.keep(token, station);
                        }
                    });
        }
        Cookie cookie = rc.request().getCookie(SESSION_COOKIE);
        if (cookie != null && !cookie.getValue().isBlank()) {
            return readThenWrite(write -> r -> sessions.resolve(r, cookie.getValue(), clock.instant(), write));
        }
        return Future.succeededFuture(Principal.ANONYMOUS);
    }

    /** Resolves in a read transaction; takes the write lock only when the read says it must. */
    private <T extends Principal> Future<Principal> readThenWrite(
            Function<Boolean, Store.Work<Resolution<T>>> work) {
        return store.read(work.apply(false))
                .compose(first -> first.needsWrite() ? store.write(work.apply(true)) : Future.succeededFuture(first))
                .map(resolution -> resolution.found().<Principal>map(p -> p).orElse(Principal.ANONYMOUS));
    }

    /** The refusal code, or null when the caller may go on. */
    private static String refusal(AccessRule rule, Principal principal, RoutingContext rc) {
        if (rule.isPublic()) {
            return null;
        }
        if (principal instanceof Principal.Anonymous) {
            return "unauthenticated";
        }
        if (principal instanceof Principal.Station) {
            return rule.stations() ? null : "forbidden";
        }
        Principal.User user = (Principal.User) principal;
        if (!rule.admits(user.role())) {
            return "forbidden";
        }
        if (user.mustChangePassword() && !rule.beforePasswordChange()) {
            return "password_change_required";
        }
        HttpMethod method = rc.request().method();
        boolean changes = !(method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS);
        if (changes && !Secrets.constantTimeEquals(rc.request().getHeader(CSRF_HEADER), user.csrfToken())) {
            return "csrf_failed";
        }
        return null;
    }

    private static ApiError error(String code, Principal principal, RoutingContext rc) {
        String path = rc.request().method() + " " + rc.request().path();
        return switch (code) {
            case "unauthenticated" -> new ApiError(401, code,
                    "Bạn chưa đăng nhập hoặc phiên đã hết hạn. Hãy đăng nhập lại.",
                    "You are not signed in, or your session has expired. Sign in again.", new JsonObject());
            case "password_change_required" -> new ApiError(403, code,
                    "Bạn cần đổi mật khẩu dùng một lần trước khi làm việc khác.",
                    "Change your one-time password before doing anything else.", new JsonObject());
            case "csrf_failed" -> new ApiError(403, code,
                    "Yêu cầu thiếu mã chống giả mạo (CSRF) hợp lệ; không có gì được thay đổi. Hãy tải lại trang.",
                    "The request lacks a valid anti-forgery (CSRF) token; nothing was changed. Reload the page.",
                    new JsonObject().put("header", CSRF_HEADER));
            default -> {
                LOG.warn("[access] refused {} to {}", path, principal.describe());
                yield new ApiError(403, "forbidden", "Bạn không có quyền thực hiện thao tác này.",
                        "You are not allowed to do this.", new JsonObject());
            }
        };
    }

}
