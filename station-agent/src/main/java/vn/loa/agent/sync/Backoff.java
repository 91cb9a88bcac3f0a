package vn.loa.agent.sync;

import java.util.Random;

/**
 * How long to wait after failures: doubling from a first wait up to a ceiling, with up to a second's
 * jitter per step (thousands of stations that lost the server together do not call back together);
 * back to the first wait after a success.
 */
public final class Backoff {

    private final long firstSeconds;
    private final long maxSeconds;
    private final long jitterMillis;
    private final Random random;
    private int failures;

    public Backoff(long firstSeconds, long maxSeconds, long jitterMillis, Random random) {
        this.firstSeconds = firstSeconds;
        this.maxSeconds = maxSeconds;
        this.jitterMillis = jitterMillis;
        this.random = random;
    }

    public void succeeded() {
        failures = 0;
    }

    /** Counts a failure and returns how long to wait before the next try, in milliseconds. */
    public long failedMillis() {
        failures++;
        long seconds = Math.min(maxSeconds, firstSeconds * (1L << Math.min(failures - 1, 16)));
        return seconds * 1000 + (jitterMillis > 0 ? random.nextInt((int) jitterMillis) : 0);
    }

    public int failures() {
        return failures;
    }
}
