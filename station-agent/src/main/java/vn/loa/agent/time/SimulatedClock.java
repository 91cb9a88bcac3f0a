package vn.loa.agent.time;

import java.time.Instant;

/**
 * A clock that starts at a chosen instant and runs {@code rate} times faster than real time; tests and
 * benchmarks move it with {@link #jumpTo}. Lets a day of airing be tested in seconds.
 */
public final class SimulatedClock extends AgentClock {

    private final double rate;
    private volatile Instant anchor;
    private volatile long anchorNanos;

    public SimulatedClock(Instant start, double rate) {
        if (rate <= 0) {
            throw new IllegalArgumentException("rate must be positive: " + rate);
        }
        this.rate = rate;
        jumpTo(start);
    }

    public synchronized void jumpTo(Instant instant) {
        anchorNanos = System.nanoTime();
        anchor = instant;
    }

    @Override
    public synchronized Instant instant() {
        return anchor.plusNanos((long) ((System.nanoTime() - anchorNanos) * rate));
    }

    @Override
    public double rate() {
        return rate;
    }
}
