package vn.loa.agent.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;

/**
 * The server's clock against this PC's, estimated as NTP does: each exchange gives four times — sent
 * (t0, this PC), received and answered (t1, t2, the server), back (t3, this PC) — hence an offset
 * ((t1 − t0) + (t2 − t3)) / 2 that the server's work does not bias, and a round-trip delay
 * (t3 − t0) − (t2 − t1). Of the last few exchanges the one with the least delay is believed (a slow,
 * lopsided trip over 3G is the least trustworthy), and half its delay bounds the error. A small change of
 * the estimate is slewed, a large one stepped ({@link ClockOffset}).
 */
public final class ClockEstimator {

    /** One exchange's offset and round-trip delay. */
    public record Sample(long offsetMillis, long delayMillis) {

        public static Sample of(Instant sent, Instant received, Instant answered, Instant back) {
            long offset = (Duration.between(sent, received).toMillis() + Duration.between(back, answered).toMillis()) / 2;
            long delay = Duration.between(sent, back).toMillis() - Duration.between(received, answered).toMillis();
            return new Sample(offset, Math.max(0, delay));
        }
    }

    /** How many recent exchanges the minimum-delay filter looks at. */
    static final int FILTER = 8;
    /** A change larger than this is stepped; a smaller one slewed. */
    static final long STEP_MILLIS = 128;

    private final Deque<Sample> recent = new ArrayDeque<>();
    private final ClockOffset offset;
    private Sample believed;

    public ClockEstimator(ClockOffset offset) {
        this.offset = offset;
    }

    /**
     * Takes one exchange into account and moves the offset towards the best estimate.
     *
     * @return true when the offset was stepped (a large change, worth saying)
     */
    public synchronized boolean add(Sample sample) {
        recent.addLast(sample);
        if (recent.size() > FILTER) {
            recent.removeFirst();
        }
        boolean first = believed == null;
        believed = recent.stream().min(Comparator.comparingLong(Sample::delayMillis)).orElseThrow();
        long change = believed.offsetMillis() - offset.millis();
        if (first || Math.abs(change) > STEP_MILLIS) {
            offset.set(believed.offsetMillis());
            return !first || Math.abs(change) > STEP_MILLIS;
        }
        offset.slewTo(believed.offsetMillis());
        return false;
    }

    /** The error bound of the estimate: half the believed exchange's round trip; -1 before any exchange. */
    public synchronized long uncertaintyMillis() {
        return believed == null ? -1 : (believed.delayMillis() + 1) / 2;
    }

    /** The believed exchange's offset (where the clock is going, while a slew is under way). */
    public synchronized long estimateMillis() {
        return believed == null ? offset.millis() : believed.offsetMillis();
    }
}
