package vn.loa.agent.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The server's clock against this PC's, estimated as NTP does: each exchange gives four times — sent
 * (t0, this PC), received and answered (t1, t2, the server), back (t3, this PC) — hence an offset
 * ((t1 − t0) + (t2 − t3)) / 2 that the server's work does not bias, and a round-trip delay
 * (t3 − t0) − (t2 − t1). Of the last few exchanges the one with the least bound is believed (a slow,
 * lopsided trip over 3G is the least trustworthy), and half its delay bounds the error. A small change of
 * the estimate is slewed, a large one stepped ({@link ClockOffset}).
 */
public final class ClockEstimator {

    /** One exchange's offset and round-trip delay. */
    public record Sample(long offsetMillis, long delayMillis) {

        public static Sample of(Instant sent, Instant received, Instant answered, Instant back) {
            // in nanoseconds, rounded once: four truncations to the millisecond would bias the offset
            long offset = (Duration.between(sent, received).toNanos() + Duration.between(back, answered).toNanos()) / 2;
            long delay = Duration.between(sent, back).toNanos() - Duration.between(received, answered).toNanos();
            return new Sample(Math.round(offset / 1e6), Math.max(0, (long) Math.ceil(delay / 1e6)));
        }
    }

    /** How many recent exchanges the filter looks at: four syncs' worth. */
    static final int FILTER = 16;
    /**
     * How fast an exchange's bound grows with its age, as NTP's PHI: 15 ppm, what an ordinary PC's clock may
     * drift from the server's (0.015 ms a second, a millisecond a minute), so an old short exchange is not
     * believed forever over a fresh slightly longer one.
     */
    static final double DRIFT_MILLIS_PER_SECOND = 0.015;
    /** What two exchanges' offsets may differ beyond their bounds before the older is taken as stale. */
    static final long DRIFT_TOLERANCE_MILLIS = 5;
    /** A change larger than this is stepped; a smaller one slewed. */
    static final long STEP_MILLIS = 128;

    /** An exchange and when it was taken (real time, this PC's monotonic clock). */
    private record Taken(Sample sample, long atNanos) {

        /** Half the round trip, plus what the clocks may have drifted since. */
        double boundMillis(long nowNanos) {
            return (sample.delayMillis() + 1) / 2 + (nowNanos - atNanos) / 1e9 * DRIFT_MILLIS_PER_SECOND;
        }
    }

    private final Deque<Taken> recent = new ArrayDeque<>();
    private final ClockOffset offset;
    private final LongSupplier nanoTime;
    private Taken believed;

    public ClockEstimator(ClockOffset offset) {
        this(offset, System::nanoTime);
    }

    /** @param nanoTime real time, for the exchanges' ages (tests move it) */
    ClockEstimator(ClockOffset offset, LongSupplier nanoTime) {
        this.offset = offset;
        this.nanoTime = nanoTime;
    }

    /** Takes one exchange into account; see {@link #add(List)}. */
    public boolean add(Sample sample) {
        return add(List.of(sample));
    }

    /**
     * Takes a burst of exchanges into account and moves the offset towards the best estimate, once: the
     * first burst's best sample is taken at once, not slewed to from its first sample.
     *
     * @return true when the offset was stepped (a large change, worth saying)
     */
    public synchronized boolean add(List<Sample> burst) {
        if (burst.isEmpty()) {
            return false;
        }
        long now = nanoTime.getAsLong();
        Sample best = burst.stream().min(Comparator.comparingLong(Sample::delayMillis)).orElseThrow();
        boolean stepped = believed != null && !consistent(best, believed.sample());
        if (stepped) {
            // one of the clocks was stepped (the PC's time set by hand or by Windows, the server's corrected):
            // the earlier exchanges measured a clock that no longer is, however short their round trips
            recent.clear();
        }
        for (Sample sample : burst) {
            recent.addLast(new Taken(sample, now));
            if (recent.size() > FILTER) {
                recent.removeFirst();
            }
        }
        boolean first = believed == null;
        believed = best(now);
        long estimate = believed.sample().offsetMillis();
        long change = estimate - offset.millis();
        if (first || stepped || Math.abs(change) > STEP_MILLIS) {
            // a fresh start is taken at once; slewing from a clock that no longer is would only be slower
            offset.set(estimate);
            return (!first && stepped) || Math.abs(change) > STEP_MILLIS;
        }
        offset.slewTo(estimate);
        return false;
    }

    /** The exchange with the least bound now: the shortest round trip, unless it has grown old. */
    private Taken best(long nowNanos) {
        return recent.stream().min(Comparator.comparingDouble(t -> t.boundMillis(nowNanos))).orElseThrow();
    }

    /**
     * Whether two exchanges can be of the same clock: the truth lies within half the round trip of each
     * offset, so their intervals overlap, give or take what PCs drift between syncs.
     */
    private static boolean consistent(Sample a, Sample b) {
        return Math.abs(a.offsetMillis() - b.offsetMillis()) <= (a.delayMillis() + 1) / 2 + (b.delayMillis() + 1) / 2
                + DRIFT_TOLERANCE_MILLIS;
    }

    /**
     * The clock as it reads now: the offset in use and its error bound — half the believed exchange's round
     * trip, grown with its age, plus what a slew under way has still to correct; null before any exchange.
     */
    public synchronized ClockReading reading() {
        if (believed == null) {
            return null;
        }
        long inUse = offset.millis();
        return new ClockReading(inUse, uncertaintyMillis() + Math.abs(believed.sample().offsetMillis() - inUse));
    }

    /** The error bound of the estimate: the believed exchange's, as it has grown by now; -1 before any exchange. */
    public synchronized long uncertaintyMillis() {
        return believed == null ? -1 : Math.round(believed.boundMillis(nanoTime.getAsLong()));
    }

    /** The believed exchange's offset (where the clock is going, while a slew is under way). */
    public synchronized long estimateMillis() {
        return believed == null ? offset.millis() : believed.sample().offsetMillis();
    }
}
