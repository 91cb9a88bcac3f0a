package vn.loa.agent.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The agent's clock: a {@link Clock} that also knows how fast it runs against real time, so the agent
 * can sleep until an instant precisely whether it runs on the PC's clock or on a simulated one (a day of
 * airing in seconds, for tests and benchmarks).
 */
public abstract class AgentClock extends Clock {

    /** Long waits are cut into slices so a changed schedule or a stop is noticed quickly. */
    private static final long SLICE_NANOS = 200_000_000L;

    /** This PC's clock. */
    public static AgentClock system() {
        return new AgentClock() {
            @Override
            public Instant instant() {
                return Instant.now();
            }

            @Override
            public double rate() {
                return 1.0;
            }
        };
    }

    /** Clock seconds per real second. */
    public abstract double rate();

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(getZone())) {
            return this;
        }
        throw new UnsupportedOperationException("the agent works in UTC instants");
    }

    /**
     * Sleeps until this clock reads {@code target} (to about a millisecond of real time), or until
     * {@code wake} says so, checked every 200 ms. Returns false when woken early.
     */
    public final boolean sleepUntil(Instant target, BooleanSupplier wake) throws InterruptedException {
        while (true) {
            if (wake.getAsBoolean()) {
                return false;
            }
            long clockNanos = Duration.between(instant(), target).toNanos();
            if (clockNanos <= 0) {
                return true;
            }
            long realNanos = (long) (clockNanos / rate());
            LockSupport.parkNanos(Math.min(realNanos, SLICE_NANOS));
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }
}
