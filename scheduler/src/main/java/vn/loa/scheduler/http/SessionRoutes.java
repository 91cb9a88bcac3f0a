package vn.loa.scheduler.http;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.access.Sessions;
import vn.loa.scheduler.access.SignIns;
import vn.loa.scheduler.domain.access.User;
import vn.loa.scheduler.store.AsyncStore;

/** Sign-in, the session, sign-out and password change on the wire: parse, call {@link SignIns}, render, set the cookie. */
final class SessionRoutes {

    private final AsyncStore store;
    private final Sessions sessions;
    private final SignIns signIns;

    SessionRoutes(AsyncStore store, Sessions sessions, SignIns signIns) {
        this.store = store;
        this.sessions = sessions;
        this.signIns = signIns;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("login").addHandler(rc -> {
            JsonObject body = rc.body().asJsonObject();
            String username = body.getString("username").strip();
            String password = body.getString("password");
            store.blocking(() -> signIns.login(username, password, Principals.actor(rc)))
                    .onSuccess(opened -> {
                        rc.response().addCookie(sessionCookie(opened.cookieValue(), -1));
                        Respond.json(rc, 200, sessionJson(opened.session()));
                    })
                    .onFailure(rc::fail);
        });
        routes.getRoute("getSession").addHandler(rc -> store.blocking(() -> signIns.current(user(rc)))
                .onSuccess(session -> Respond.json(rc, 200, sessionJson(session))).onFailure(rc::fail));
        routes.getRoute("logout").addHandler(rc -> store.blocking(() -> {
            signIns.logout(user(rc));
            return null;
        }).onSuccess(x -> {
            rc.response().addCookie(sessionCookie("", 0));
            Respond.noContent(rc);
        }).onFailure(rc::fail));
        routes.getRoute("changePassword").addHandler(rc -> {
            JsonObject body = rc.body().asJsonObject();
            String current = body.getString("current_password");
            String next = body.getString("new_password");
            store.blocking(() -> {
                signIns.changePassword(Principals.caller(rc), current, next);
                return null;
            }).onSuccess(x -> Respond.noContent(rc)).onFailure(rc::fail);
        });
        // the console's language for this user, remembered across browsers and devices
        routes.getRoute("setLanguage").addHandler(rc -> {
            String language = rc.body().asJsonObject().getString("language");
            store.blocking(() -> {
                signIns.setLanguage(user(rc), language);
                return null;
            }).onSuccess(x -> Respond.noContent(rc)).onFailure(rc::fail);
        });
    }

    private static Principal.User user(RoutingContext rc) {
        return (Principal.User) Principals.of(rc);
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

    private static JsonObject sessionJson(SignIns.Session s) {
        User u = s.user();
        return new JsonObject()
                .put("user", new JsonObject().put("id", u.id()).put("username", u.username()).put("display_name", u.displayName())
                        .put("role", u.role().wireName()).put("scope_code", u.scopeCode()))
                .put("must_change_password", u.mustChangePassword())
                .put("language", s.language())
                .put("csrf_token", s.csrfToken());
    }
}
