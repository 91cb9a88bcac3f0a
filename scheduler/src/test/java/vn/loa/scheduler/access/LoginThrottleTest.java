package vn.loa.scheduler.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import vn.loa.scheduler.domain.access.LoginFailure;
class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    void accountLockStartsAtTheFifthFailureAndDoublesUpToFifteenMinutes() {
        Optional<LoginFailure> record = Optional.empty();
        for (int i = 1; i <= 4; i++) {
            record = Optional.of(LoginThrottle.afterAccountFailure(record, "user:a", T0));
            assertNull(record.get().lockedUntil(), "failure " + i + " does not lock");
        }
        record = Optional.of(LoginThrottle.afterAccountFailure(record, "user:a", T0));
        assertEquals(Duration.ofMinutes(1), Duration.between(T0, record.get().lockedUntil()));
        record = Optional.of(LoginThrottle.afterAccountFailure(record, "user:a", T0));
        assertEquals(Duration.ofMinutes(2), Duration.between(T0, record.get().lockedUntil()));
        for (int i = 0; i < 20; i++) {
            record = Optional.of(LoginThrottle.afterAccountFailure(record, "user:a", T0));
        }
        assertEquals(Duration.ofMinutes(15), Duration.between(T0, record.get().lockedUntil()));
        assertTrue(LoginThrottle.lockRemaining(record, T0.plus(Duration.ofMinutes(16))).isEmpty());
    }

    @Test
    void addressLocksAfterTwentyFailuresWithinFifteenMinutesAndForgetsOlderOnes() {
        Optional<LoginFailure> record = Optional.empty();
        for (int i = 0; i < 19; i++) {
            record = Optional.of(LoginThrottle.afterAddressFailure(record, "addr:10.0.0.7", T0.plusSeconds(i)));
        }
        assertNull(record.get().lockedUntil());
        Optional<LoginFailure> later = Optional.of(LoginThrottle.afterAddressFailure(record, "addr:10.0.0.7",
                T0.plus(Duration.ofMinutes(30))));
        assertEquals(1, later.get().failures(), "failures older than the window are forgotten");
        record = Optional.of(LoginThrottle.afterAddressFailure(record, "addr:10.0.0.7", T0.plusSeconds(20)));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.lockRemaining(record, T0.plusSeconds(20)).orElseThrow());
    }
}
