package vn.loa.scheduler.access;

import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.domain.access.User;
import vn.loa.scheduler.domain.access.UserChange;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.Store;

/**
 * Admins manage the users of their scope; nobody can hand out a scope wider than their own, nor lock
 * themselves out. New users and resets get a one-time password (see {@link UserAccounts}). Blocking: call
 * off the event loop.
 */
public final class Users {

    private final Store store;
    private final Sessions sessions;
    private final Clock clock;

    public Users(Store store, Sessions sessions, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.clock = clock;
    }

    public List<User> list(Caller caller) {
        return store.read(r -> r.users().list(caller.listFilter()));
    }

    public User read(Caller caller, long id) {
        return store.read(r -> {
            User user = UserAccounts.find(r, id);
            requireGrantable(r, caller.principal(), user.scopeCode());
            return user;
        });
    }

    public UserAccounts.WithPassword create(Caller caller, String username, String displayName, Role role, String scope) {
        String oneTime = UserAccounts.oneTimePassword();
        String hash = sessions.hash(oneTime);
        return store.write(r -> {
            requireGrantable(r, caller.principal(), scope);
            Instant now = clock.instant();
            UserAccounts.WithPassword created = UserAccounts.create(r, username, displayName, role, scope, hash, oneTime, now);
            Audit.record(r, caller.actor(), now, "user.create", "user", String.valueOf(created.user().id()), scope,
                    UserSummary.json(created.user()).encode());
            return created;
        });
    }

    /** Applies {@code edit} to the user as they are in the transaction; a disabled user's sessions end. */
    public User update(Caller caller, long id, UnaryOperator<UserChange> edit) {
        Principal.User admin = (Principal.User) caller.principal();
        return store.write(r -> {
            User before = UserAccounts.find(r, id);
            requireGrantable(r, admin, before.scopeCode());
            UserChange change = edit.apply(UserChange.of(before));
            requireGrantable(r, admin, change.scopeCode());
            if (id == admin.id() && (change.disabled() || change.role() != Role.ADMIN
                    || !Objects.equals(change.scopeCode(), before.scopeCode()))) {
                throw new DomainException(DomainException.Kind.CONFLICT, "self_lockout",
                        "Bạn không thể tự khoá, tự hạ quyền hay tự đổi phạm vi của mình; hãy nhờ một quản trị viên khác.",
                        "You cannot disable, demote or re-scope yourself; ask another admin.", null);
            }
            Problems problems = new Problems();
            UserAccounts.check(null, change.displayName(), change.scopeCode(), r, problems);
            problems.throwIfAny("Người dùng", "The user");
            User after = r.users().update(id, change.displayName(), change.role(), change.scopeCode(), change.disabled());
            if (change.disabled()) {
                r.sessions().deleteForUser(id);
            }
            Audit.record(r, caller.actor(), clock.instant(), "user.update", "user", String.valueOf(id), change.scopeCode(),
                    new JsonObject().put("before", UserSummary.json(before)).put("after", UserSummary.json(after)).encode());
            return after;
        });
    }

    /** A new one-time password; the user's sessions end. */
    public UserAccounts.WithPassword resetPassword(Caller caller, long id) {
        String oneTime = UserAccounts.oneTimePassword();
        String hash = sessions.hash(oneTime);
        return store.write(r -> {
            User user = UserAccounts.find(r, id);
            requireGrantable(r, caller.principal(), user.scopeCode());
            Instant now = clock.instant();
            r.users().setPassword(id, hash, true, now);
            r.sessions().deleteForUser(id);
            Audit.record(r, caller.actor(), now, "user.password_reset", "user", String.valueOf(id), user.scopeCode(), null);
            return new UserAccounts.WithPassword(user, oneTime);
        });
    }

    /** A system-wide scope only from a system-wide admin; a unit only inside the caller's scope. */
    private static void requireGrantable(Repositories r, Principal principal, String scopeCode) {
        Scope.requireAssignable(r, principal, scopeCode, "phạm vi toàn hệ thống", "system-wide scope");
    }
}
