package vn.loa.scheduler.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.access.User;
import vn.loa.scheduler.store.Store;

/**
 * Sign-in, the current session, sign-out, password change and the console language. Sign-in runs in
 * three steps so the slow password hash never holds the write lock: read the account and throttle state,
 * check the password outside any transaction, then record the outcome. Blocking: call off the event loop.
 */
public final class SignIns {

    private static final Logger LOG = LoggerFactory.getLogger(SignIns.class);

    /** A signed-in user with the console language they chose and the session's anti-forgery token. */
    public record Session(User user, String language, String csrfToken) {
    }

    /** A new session: its cookie value (set once) and what the console shows. */
    public record Opened(String cookieValue, Session session) {
    }

    private final Store store;
    private final Sessions sessions;
    private final Clock clock;

    public SignIns(Store store, Sessions sessions, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Opens a session for the right password; a wrong one is counted (and committed) before the refusal,
     * and a locked account or address is refused before any hashing.
     */
    public Opened login(String username, String password, Actor from) {
        String address = from.remoteAddress();
        try {
            Sessions.LoginState state = store.read(r -> sessions.loginState(r, username, address));
            sessions.refuseIfLocked(state, clock.instant());
            boolean matched = sessions.passwordMatches(state, password);
            Optional<Opened> opened = store.write(r -> {
                Instant now = clock.instant();
                Optional<Sessions.Opened> o = sessions.finishLogin(r, username, address, matched, now);
                o.ifPresent(s -> Audit.record(r, from.withUser(s.user()), now, "session.login", "user",
                        String.valueOf(s.user().id()), s.user().scopeCode(), null));
                return o.map(s -> new Opened(s.cookieValue(), new Session(s.user(), r.users().language(s.user().id()),
                        s.csrfToken())));
            });
            return opened.orElseThrow(Sessions::wrongCredentials);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                LOG.warn("[access] sign-in refused for '{}' from {}: {}", username, address, e.code());
            }
            throw e;
        }
    }

    public Session current(Principal.User user) {
        return store.read(r -> new Session(r.users().find(user.id()).orElseThrow(), r.users().language(user.id()),
                user.csrfToken()));
    }

    /** The console's language for this user, remembered across browsers and devices. */
    public void setLanguage(Principal.User user, String language) {
        store.write(r -> {
            r.users().setLanguage(user.id(), language);
            return null;
        });
    }

    public void logout(Principal.User user) {
        store.write(r -> {
            sessions.logout(r, user);
            return null;
        });
    }

    /** Checks the current password and the new one's strength, then stores it; other sessions end. */
    public void changePassword(Caller caller, String current, String next) {
        Principal.User user = (Principal.User) caller.principal();
        String hash = store.read(r -> r.users().findByUsername(user.username()).orElseThrow().passwordHash());
        if (!sessions.passwordMatchesHash(current, hash)) {
            throw new DomainException(DomainException.Kind.INVALID, "wrong_current_password",
                    "Mật khẩu hiện tại không đúng.", "The current password is wrong.", null);
        }
        Sessions.checkNewPassword(user.username(), current, next);
        String newHash = sessions.hash(next);
        store.write(r -> {
            Instant now = clock.instant();
            sessions.changePassword(r, user, newHash, now);
            Audit.record(r, caller.actor(), now, "user.password_change", "user", String.valueOf(user.id()),
                    user.scopeCode(), null);
            return null;
        });
    }
}
