package vn.loa.scheduler.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for something a real process does in its own time (an ingest, an agent's airing, a demo's first
 * records): asks every {@code every} until the answer comes or {@code limit} has passed, then fails
 * saying what did not happen. The one poll loop of the suite.
 */
public final class Eventually {

    private Eventually() {
    }

    /** Until {@code condition} holds. */
    public static void until(String what, Duration limit, Duration every, BooleanSupplier condition) {
        value(what, limit, every, () -> condition.getAsBoolean() ? Optional.of(true) : Optional.empty());
    }

    /** The first value {@code probe} gives. */
    public static <T> T value(String what, Duration limit, Duration every, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }
}
