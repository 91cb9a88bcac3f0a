package vn.loa.scheduler.access;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.UserRepository;

import vn.loa.scheduler.domain.access.User;
import vn.loa.scheduler.domain.access.SessionRecord;
import vn.loa.scheduler.domain.access.LoginFailure;
/**
 * Console sessions: sign-in with throttling, resolving a cookie to a user under the idle and absolute
 * timeouts, sign-out and password change. Slow password hashing happens between transactions, never
 * while one holds the write lock; see {@link vn.loa.scheduler.http.SessionRoutes} for the order.
 */
public final class Sessions {

    /** How stale a session's last-seen time may get before a request writes it again. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** What a sign-in attempt found in the store before the password is checked. */
    public record LoginState(Optional<UserRepository.WithHash> user, Optional<LoginFailure> account,
                             Optional<LoginFailure> address) {
    }

    /** A new session: the cookie value (given to the browser once, stored only hashed) and its CSRF token. */
    public record Opened(String cookieValue, String csrfToken, User user) {
    }

    private final AccessSettings settings;
    private final PasswordHasher hasher;
    /** Verified against when the username is unknown, so timing does not tell which names exist. */
    private final String decoyHash;

    public Sessions(AccessSettings settings, PasswordHasher hasher) {
        this.settings = settings;
        this.hasher = hasher;
        this.decoyHash = hasher.hash(Secrets.token(16));
    }

    public LoginState loginState(Repositories r, String username, String address) {
        return new LoginState(r.users().findByUsername(username),
                r.loginFailures().find(LoginThrottle.accountKey(username)),
                r.loginFailures().find(LoginThrottle.addressKey(address)));
    }

    /** Refuses at once, before hashing, when the account or the address is locked. */
    public void refuseIfLocked(LoginState state, Instant now) {
        Optional<Duration> wait = LoginThrottle.lockRemaining(state.account(), now)
                .or(() -> LoginThrottle.lockRemaining(state.address(), now));
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            throw new DomainException(DomainException.Kind.LOCKED, "login_locked",
                    "Đăng nhập sai quá nhiều lần. Hãy thử lại sau " + seconds + " giây.",
                    "Too many failed sign-ins. Try again in " + seconds + " seconds.",
                    new JsonObject().put("retry_after_seconds", seconds));
        }
    }

    /** The slow part: run it on a worker thread outside any transaction. */
    public boolean passwordMatches(LoginState state, String password) {
        return hasher.verify(password, state.user().map(UserRepository.WithHash::passwordHash).orElse(decoyHash))
                && state.user().isPresent() && !state.user().get().user().disabled();
    }

    /**
     * Records the outcome of a checked password: opens a session on success; on failure counts it and
     * returns empty, so the caller commits the count before refusing (see {@link #wrongCredentials}).
     */
    public Optional<Opened> finishLogin(Repositories r, String username, String address, boolean matched, Instant now) {
        String accountKey = LoginThrottle.accountKey(username);
        String addressKey = LoginThrottle.addressKey(address);
        if (!matched) {
            r.loginFailures().save(LoginThrottle.afterAccountFailure(r.loginFailures().find(accountKey), accountKey, now));
            r.loginFailures().save(LoginThrottle.afterAddressFailure(r.loginFailures().find(addressKey), addressKey, now));
            return Optional.empty();
        }
        r.loginFailures().clear(accountKey);
        User user = r.users().findByUsername(username).orElseThrow().user();
        String cookie = Secrets.token(32);
        String csrf = Secrets.token(32);
        r.sessions().insert(new SessionRecord(Secrets.sha256(cookie), user.id(), csrf, now, now), address);
        return Optional.of(new Opened(cookie, csrf, user));
    }

    public static DomainException wrongCredentials() {
        return new DomainException(DomainException.Kind.UNAUTHENTICATED, "login_failed",
                "Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong username or password.", new JsonObject());
    }

    /**
     * The user a session cookie belongs to, if the session is alive; an expired one is deleted. With
     * {@code mayWrite} false (a read transaction) it answers {@link Resolution#needsWrite()} instead of writing.
     */
    public Resolution<Principal.User> resolve(Repositories r, String cookieValue, Instant now, boolean mayWrite) {
        String idHash = Secrets.sha256(cookieValue);
        Optional<SessionRecord> found = r.sessions().find(idHash);
        if (found.isEmpty()) {
            return Resolution.of(Optional.empty());
        }
        SessionRecord session = found.get();
        Optional<User> user = r.users().find(session.userId());
        boolean expired = now.isAfter(session.lastSeenAt().plus(settings.sessionIdle()))
                || now.isAfter(session.createdAt().plus(settings.sessionAbsolute()));
        boolean dead = expired || user.isEmpty() || user.get().disabled();
        boolean stale = now.isAfter(session.lastSeenAt().plus(TOUCH_EVERY));
        if ((dead || stale) && !mayWrite) {
            return Resolution.writeFirst();
        }
        if (dead) {
            r.sessions().delete(idHash);
            return Resolution.of(Optional.empty());
        }
        if (stale) {
            r.sessions().touch(idHash, now);
        }
        User u = user.get();
        return Resolution.of(Optional.of(new Principal.User(u.id(), u.username(), u.role(), u.scopeCode(), u.mustChangePassword(),
                idHash, session.csrfToken())));
    }

    public void logout(Repositories r, Principal.User user) {
        r.sessions().delete(user.sessionIdHash());
    }

    /**
     * Checks the new password against the policy; the current one is checked by the caller with
     * {@link #passwordMatchesHash}. Other sessions of the user end; this one stays.
     */
    public void changePassword(Repositories r, Principal.User user, String newPasswordHash, Instant now) {
        r.users().setPassword(user.id(), newPasswordHash, false, now);
        r.sessions().deleteForUser(user.id());
        SessionRecord current = new SessionRecord(user.sessionIdHash(), user.id(), user.csrfToken(), now, now);
        r.sessions().insert(current, null);
    }

    public static void checkNewPassword(String username, String current, String next) {
        Problems problems = new Problems();
        PasswordPolicy.check(username, next, problems);
        if (next != null && next.equals(current)) {
            problems.add("new_password", "Mật khẩu mới phải khác mật khẩu cũ.", "The new password must differ from the old one.");
        }
        problems.throwIfAny("Mật khẩu mới", "The new password");
    }

    public boolean passwordMatchesHash(String password, String hash) {
        return hasher.verify(password, hash);
    }

    public String hash(String password) {
        return hasher.hash(password);
    }

    public AccessSettings settings() {
        return settings;
    }
}
