package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Clock;
import java.time.Instant;
import vn.loa.scheduler.access.Actor;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.access.Sessions;
import vn.loa.scheduler.domain.access.User;
import vn.loa.scheduler.access.UserAccounts;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.store.AsyncStore;
import vn.loa.scheduler.store.Repositories;

import vn.loa.scheduler.access.Scope;
/** Admins manage the users of their scope; nobody can hand out a scope wider than their own. */
final class UserRoutes {

    private final AsyncStore store;
    private final Sessions sessions;
    private final Clock clock;

    UserRoutes(AsyncStore store, Sessions sessions, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.clock = clock;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("listUsers").addHandler(this::list);
        routes.getRoute("createUser").addHandler(this::create);
        routes.getRoute("getUser").addHandler(this::get);
        routes.getRoute("updateUser").addHandler(this::update);
        routes.getRoute("resetUserPassword").addHandler(this::resetPassword);
    }

    static JsonObject toJson(User u) {
        return new JsonObject().put("id", u.id()).put("username", u.username()).put("display_name", u.displayName())
                .put("role", u.role().wireName()).put("scope_code", u.scopeCode())
                .put("must_change_password", u.mustChangePassword()).put("disabled", u.disabled())
                .put("created_at", u.createdAt().toString());
    }

    private void list(RoutingContext rc) {
        String within = Scope.listFilter(Principals.of(rc));
        store.read(r -> r.users().list(within))
                .onSuccess(users -> Respond.items(rc, users, UserRoutes::toJson))
                .onFailure(rc::fail);
    }

    private void create(RoutingContext rc) {
        JsonObject body = rc.body().asJsonObject();
        Principal principal = Principals.of(rc);
        Actor actor = Principals.actor(rc);
        String oneTime = UserAccounts.oneTimePassword();
        store.blocking(() -> sessions.hash(oneTime))
                .compose(hash -> store.write(r -> {
                    String scope = body.getString("scope_code");
                    requireScopeGrantable(r, principal, scope);
                    Instant now = clock.instant();
                    UserAccounts.WithPassword created = UserAccounts.create(r, body.getString("username"),
                            body.getString("display_name"), Role.fromWire(body.getString("role")).orElseThrow(), scope,
                            hash, oneTime, now);
                    Audit.record(r, actor, now, "user.create", "user", String.valueOf(created.user().id()), scope,
                            toJson(created.user()).encode());
                    return created;
                }))
                .onSuccess(created -> Respond.json(rc, 201, toJson(created.user())
                        .put("one_time_password", created.oneTimePassword())))
                .onFailure(rc::fail);
    }

    private void get(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        Principal principal = Principals.of(rc);
        store.read(r -> {
            User user = UserAccounts.find(r, id);
            requireScopeGrantable(r, principal, user.scopeCode());
            return user;
        })
                .onSuccess(user -> Respond.json(rc, 200, toJson(user)))
                .onFailure(rc::fail);
    }

    private void update(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        JsonObject body = rc.body().asJsonObject();
        Principal.User principal = (Principal.User) Principals.of(rc);
        Actor actor = Principals.actor(rc);
        store.write(r -> {
            User before = UserAccounts.find(r, id);
            requireScopeGrantable(r, principal, before.scopeCode());
            String scope = body.containsKey("scope_code") ? body.getString("scope_code") : before.scopeCode();
            requireScopeGrantable(r, principal, scope);
            Role role = Role.fromWire(body.getString("role", before.role().wireName())).orElseThrow();
            boolean disabled = body.getBoolean("disabled", before.disabled());
            String displayName = body.getString("display_name", before.displayName());
            if (id == principal.id() && (disabled || role != Role.ADMIN || !java.util.Objects.equals(scope, before.scopeCode()))) {
                throw new DomainException(DomainException.Kind.CONFLICT, "self_lockout",
                        "Bạn không thể tự khoá, tự hạ quyền hay tự đổi phạm vi của mình; hãy nhờ một quản trị viên khác.",
                        "You cannot disable, demote or re-scope yourself; ask another admin.", new JsonObject());
            }
            Problems problems = new Problems();
            UserAccounts.check(null, displayName, scope, r, problems);
            problems.throwIfAny("Người dùng", "The user");
            User after = r.users().update(id, displayName, role, scope, disabled);
            if (disabled) {
                r.sessions().deleteForUser(id);
            }
            Audit.record(r, actor, clock.instant(), "user.update", "user", String.valueOf(id), scope,
                    new JsonObject().put("before", toJson(before)).put("after", toJson(after)).encode());
            return after;
        })
                .onSuccess(user -> Respond.json(rc, 200, toJson(user)))
                .onFailure(rc::fail);
    }

    private void resetPassword(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        Principal principal = Principals.of(rc);
        Actor actor = Principals.actor(rc);
        String oneTime = UserAccounts.oneTimePassword();
        store.blocking(() -> sessions.hash(oneTime))
                .compose(hash -> store.write(r -> {
                    User user = UserAccounts.find(r, id);
                    requireScopeGrantable(r, principal, user.scopeCode());
                    Instant now = clock.instant();
                    r.users().setPassword(id, hash, true, now);
                    r.sessions().deleteForUser(id);
                    Audit.record(r, actor, now, "user.password_reset", "user", String.valueOf(id), user.scopeCode(), null);
                    return user;
                }))
                .onSuccess(user -> Respond.json(rc, 200, toJson(user).put("must_change_password", true)
                        .put("one_time_password", oneTime)))
                .onFailure(rc::fail);
    }

    /** A system-wide scope (null) only from a system-wide admin; a unit only inside the caller's scope. */
    private static void requireScopeGrantable(Repositories r, Principal principal, String scopeCode) {
        if (scopeCode == null) {
            if (Scope.listFilter(principal) != null) {
                throw DomainException.outOfScope("phạm vi toàn hệ thống", "system-wide scope");
            }
        } else if (r.orgUnits().findByCode(scopeCode).isPresent()) {
            Scope.requireUnit(r, principal, scopeCode);
        }
    }
}
