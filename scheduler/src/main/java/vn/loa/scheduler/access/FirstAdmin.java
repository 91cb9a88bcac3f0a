package vn.loa.scheduler.access;

import java.time.Clock;
import java.util.Optional;
import vn.loa.scheduler.store.Store;

import vn.loa.scheduler.domain.access.Role;
/**
 * A fresh data directory has no users, so nobody could sign in: the first start creates the system
 * admin {@code admin} with a one-time password that the caller prints once and that must be changed
 * at the first sign-in. Nothing happens when any user exists.
 */
public final class FirstAdmin {

    public static final String USERNAME = "admin";

    private FirstAdmin() {
    }

    /** @return the one-time password when the admin was created now */
    public static Optional<String> ensure(Store store, PasswordHasher hasher, Clock clock) {
        if (store.read(r -> r.users().count()) > 0) {
            return Optional.empty();
        }
        String password = UserAccounts.oneTimePassword();
        String hash = hasher.hash(password);
        boolean created = store.write(r -> {
            if (r.users().count() > 0) {
                return false;
            }
            r.users().insert(USERNAME, "Quản trị hệ thống", Role.ADMIN, null, hash, true, clock.instant());
            Audit.record(r, Actor.SYSTEM, clock.instant(), "user.create", "user", USERNAME, null, "first admin");
            return true;
        });
        return created ? Optional.of(password) : Optional.empty();
    }
}
