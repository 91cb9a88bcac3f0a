package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import vn.loa.scheduler.access.UserSummary;
import vn.loa.scheduler.access.Users;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.domain.access.User;
import vn.loa.scheduler.domain.access.UserChange;
import vn.loa.scheduler.store.AsyncStore;

/** Users on the wire: parse, call {@link Users}, render (a one-time password is shown once, here). */
final class UserRoutes {

    private final AsyncStore store;
    private final Users users;

    UserRoutes(AsyncStore store, Users users) {
        this.store = store;
        this.users = users;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("listUsers").addHandler(rc -> store.blocking(() -> users.list(Principals.caller(rc)))
                .onSuccess(list -> Respond.items(rc, list, UserRoutes::toJson)).onFailure(rc::fail));
        routes.getRoute("createUser").addHandler(rc -> {
            JsonObject body = rc.body().asJsonObject();
            store.blocking(() -> users.create(Principals.caller(rc), body.getString("username"), body.getString("display_name"),
                            Role.fromWire(body.getString("role")).orElseThrow(), body.getString("scope_code")))
                    .onSuccess(created -> Respond.json(rc, 201, toJson(created.user())
                            .put("one_time_password", created.oneTimePassword())))
                    .onFailure(rc::fail);
        });
        routes.getRoute("getUser").addHandler(rc -> store.blocking(() -> users.read(Principals.caller(rc), id(rc)))
                .onSuccess(user -> Respond.json(rc, 200, toJson(user))).onFailure(rc::fail));
        routes.getRoute("updateUser").addHandler(rc -> {
            JsonObject body = rc.body().asJsonObject();
            store.blocking(() -> users.update(Principals.caller(rc), id(rc), before -> edited(before, body)))
                    .onSuccess(user -> Respond.json(rc, 200, toJson(user))).onFailure(rc::fail);
        });
        routes.getRoute("resetUserPassword").addHandler(rc -> store.blocking(() -> users.resetPassword(Principals.caller(rc), id(rc)))
                .onSuccess(reset -> Respond.json(rc, 200, toJson(reset.user()).put("must_change_password", true)
                        .put("one_time_password", reset.oneTimePassword())))
                .onFailure(rc::fail));
    }

    static JsonObject toJson(User u) {
        return UserSummary.json(u);
    }

    private static long id(RoutingContext rc) {
        return Long.parseLong(rc.pathParam("id"));
    }

    /** A field left out keeps its value; {@code scope_code: null} is the whole system. */
    private static UserChange edited(UserChange before, JsonObject body) {
        return new UserChange(body.getString("display_name", before.displayName()),
                Role.fromWire(body.getString("role", before.role().wireName())).orElseThrow(),
                body.containsKey("scope_code") ? body.getString("scope_code") : before.scopeCode(),
                body.getBoolean("disabled", before.disabled()));
    }
}
