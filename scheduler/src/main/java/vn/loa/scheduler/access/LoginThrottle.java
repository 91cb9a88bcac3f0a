package vn.loa.scheduler.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import vn.loa.scheduler.domain.access.LoginFailure;
/**
 * When repeated failed logins lock an account or an address. An account is locked after 5
 * consecutive failures, for 1 minute, doubling with each further failure up to 15 minutes; an
 * address after 20 failures within 15 minutes, for 15 minutes. While locked, even the right
 * password is refused (with the time to wait), so guessing gains nothing; the first login after
 * the lock ends is handled normally and, if right, clears the account's counter.
 */
public final class LoginThrottle {

    static final int ACCOUNT_FREE_FAILURES = 5;
    static final Duration ACCOUNT_FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration ACCOUNT_MAX_LOCK = Duration.ofMinutes(15);
    static final int ADDRESS_FREE_FAILURES = 20;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    static final Duration ADDRESS_LOCK = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    public static String accountKey(String username) {
        return "user:" + username;
    }

    public static String addressKey(String address) {
        return "addr:" + address;
    }

    /** How long the key is still locked at {@code now}; empty when it is not. */
    public static Optional<Duration> lockRemaining(Optional<LoginFailure> record, Instant now) {
        return record.map(LoginFailure::lockedUntil)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    /** The record after one more failure on an account. */
    public static LoginFailure afterAccountFailure(Optional<LoginFailure> record, String key, Instant now) {
        int failures = record.map(LoginFailure::failures).orElse(0) + 1;
        Instant lockedUntil = null;
        if (failures >= ACCOUNT_FREE_FAILURES) {
            int doublings = Math.min(failures - ACCOUNT_FREE_FAILURES, 10);
            Duration lock = ACCOUNT_FIRST_LOCK.multipliedBy(1L << doublings);
            lockedUntil = now.plus(lock.compareTo(ACCOUNT_MAX_LOCK) > 0 ? ACCOUNT_MAX_LOCK : lock);
        }
        return new LoginFailure(key, failures, now, lockedUntil);
    }

    /** The record after one more failure from an address; old failures outside the window are forgotten. */
    public static LoginFailure afterAddressFailure(Optional<LoginFailure> record, String key, Instant now) {
        int failures = record.filter(f -> f.lastAt().plus(ADDRESS_WINDOW).isAfter(now))
                .map(LoginFailure::failures).orElse(0) + 1;
        Instant lockedUntil = failures >= ADDRESS_FREE_FAILURES ? now.plus(ADDRESS_LOCK) : null;
        return new LoginFailure(key, failures, now, lockedUntil);
    }
}
