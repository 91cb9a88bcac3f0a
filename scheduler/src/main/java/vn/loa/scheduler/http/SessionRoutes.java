package vn.loa.scheduler.http;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.access.Sessions;
import vn.loa.scheduler.domain.access.User;
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
        routes.getRoute("setLanguage").addHandler(this::setLanguage);
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
                    return opened.map(o -> Map.entry(o, sessionJson(o.user(), r.users().language(o.user().id()), o.csrfToken())));
                }))
                .map(opened -> opened.orElseThrow(Sessions::wrongCredentials))
                .onSuccess(opened -> {
                    rc.response().addCookie(sessionCookie(opened.getKey().cookieValue(), -1));
                    Respond.json(rc, 200, opened.getValue());
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
        store.read(r -> sessionJson(r.users().find(user.id()).orElseThrow(), r.users().language(user.id()), user.csrfToken()))
                .onSuccess(json -> Respond.json(rc, 200, json))
                .onFailure(rc::fail);
    }

    /** The console's language for this user, remembered across browsers and devices. */
    private void setLanguage(RoutingContext rc) {
        Principal.User user = (Principal.User) Principals.of(rc);
        String language = rc.body().asJsonObject().getString("language");
        store.write(r -> {
            r.users().setLanguage(user.id(), language);
            return user;
        })
                .onSuccess(x -> Respond.noContent(rc))
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

    private static JsonObject sessionJson(User u, String language, String csrf) {
        return new JsonObject()
                .put("user", new JsonObject().put("id", u.id()).put("username", u.username()).put("display_name", u.displayName())
                        .put("role", u.role().wireName()).put("scope_code", u.scopeCode()))
                .put("must_change_password", u.mustChangePassword())
                .put("language", language)
                .put("csrf_token", csrf);
    }
}
