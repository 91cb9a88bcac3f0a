package vn.loa.scheduler.http;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.access.Sessions;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.store.AsyncStore;

/**
 * Sign-in, the current session, sign-out and password change. Sign-in runs in three steps so the
 * slow password hash never holds the write lock: read the account and throttle state, check the
 * password on a worker, then record the outcome.
 */
final class SessionRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(SessionRoutes.class);

    private final AsyncStore store;
    private final Sessions sessions;
    private final Clock clock;

    SessionRoutes(AsyncStore store, Sessions sessions, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.clock = clock;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("login").addHandler(this::login);
        routes.getRoute("getSession").addHandler(this::current);
        routes.getRoute("logout").addHandler(this::logout);
        routes.getRoute("changePassword").addHandler(this::changePassword);
    }

    private void login(RoutingContext rc) {
        JsonObject body = rc.body().asJsonObject();
        String username = body.getString("username").strip();
        String password = body.getString("password");
        String address = Principals.address(rc);
        store.read(r -> sessions.loginState(r, username, address))
                .compose(state -> store.blocking(() -> {
                    sessions.refuseIfLocked(state, clock.instant());
                    return sessions.passwordMatches(state, password);
                }))
                .compose(matched -> store.write(r -> {
                    Instant now = clock.instant();
                    Optional<Sessions.Opened> opened = sessions.finishLogin(r, username, address, matched, now);
                    opened.ifPresent(o -> Audit.record(r, Principals.actor(rc).withUser(o.user()), now, "session.login",
                            "user", String.valueOf(o.user().id()), o.user().scopeCode(), null));
                    return opened;
                }))
                .map(opened -> opened.orElseThrow(Sessions::wrongCredentials))
                .onSuccess(opened -> {
                    rc.response().addCookie(sessionCookie(opened.cookieValue(), -1));
                    Respond.json(rc, 200, sessionJson(opened.user().id(), opened.user().username(), opened.user().displayName(),
                            opened.user().role().wireName(), opened.user().scopeCode(), opened.user().mustChangePassword(),
                            opened.csrfToken()));
                })
                .onFailure(e -> {
                    if (e instanceof DomainException d && d.kind() != DomainException.Kind.INVALID) {
                        LOG.warn("[access] sign-in refused for '{}' from {}: {}", username, address, d.code());
                    }
                    rc.fail(e);
                });
    }

    private void current(RoutingContext rc) {
        Principal.User user = (Principal.User) Principals.of(rc);
        store.read(r -> r.users().find(user.id()).orElseThrow())
                .onSuccess(u -> Respond.json(rc, 200, sessionJson(u.id(), u.username(), u.displayName(), u.role().wireName(),
                        u.scopeCode(), u.mustChangePassword(), user.csrfToken())))
                .onFailure(rc::fail);
    }

    private void logout(RoutingContext rc) {
        Principal.User user = (Principal.User) Principals.of(rc);
        store.write(r -> {
            sessions.logout(r, user);
            return user;
        })
                .onSuccess(x -> {
                    rc.response().addCookie(sessionCookie("", 0));
                    Respond.noContent(rc);
                })
                .onFailure(rc::fail);
    }

    private void changePassword(RoutingContext rc) {
        Principal.User user = (Principal.User) Principals.of(rc);
        JsonObject body = rc.body().asJsonObject();
        String current = body.getString("current_password");
        String next = body.getString("new_password");
        store.read(r -> r.users().findByUsername(user.username()).orElseThrow().passwordHash())
                .compose(hash -> store.blocking(() -> {
                    if (!sessions.passwordMatchesHash(current, hash)) {
                        throw new DomainException(DomainException.Kind.INVALID, "wrong_current_password",
                                "Mật khẩu hiện tại không đúng.", "The current password is wrong.", new JsonObject());
                    }
                    Sessions.checkNewPassword(user.username(), current, next);
                    return sessions.hash(next);
                }))
                .compose(newHash -> store.write(r -> {
                    Instant now = clock.instant();
                    sessions.changePassword(r, user, newHash, now);
                    Audit.record(r, Principals.actor(rc), now, "user.password_change", "user", String.valueOf(user.id()),
                            user.scopeCode(), null);
                    return user;
                }))
                .onSuccess(x -> Respond.noContent(rc))
                .onFailure(rc::fail);
    }

    private Cookie sessionCookie(String value, long maxAgeSeconds) {
        Cookie cookie = Cookie.cookie(AccessGate.SESSION_COOKIE, value)
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT)
                .setPath("/")
                .setSecure(sessions.settings().secureCookies());
        if (maxAgeSeconds >= 0) {
            cookie.setMaxAge(maxAgeSeconds);
        }
        return cookie;
    }

    private static JsonObject sessionJson(long id, String username, String displayName, String role, String scope,
                                          boolean mustChange, String csrf) {
        return new JsonObject()
                .put("user", new JsonObject().put("id", id).put("username", username).put("display_name", displayName)
                        .put("role", role).put("scope_code", scope))
                .put("must_change_password", mustChange)
                .put("csrf_token", csrf);
    }
}
