package vn.loa.agent.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Exchanges over a link like a commune's 3G — uplink 20–200 ms with jitter, downlink 20–40 ms — with the
 * server 250 ms ahead and 5–40 ms of its own work between receiving and answering: the estimate lands
 * within its stated bound of the truth, where the old midpoint method was off by half the asymmetry plus
 * half the server's work.
 */
class ClockEstimatorTest {

    private static final long TRUE_OFFSET = 250;
    private static final Instant PC = Instant.parse("2026-11-24T02:00:00Z");

    /** One exchange: times on this PC and on the server (the server's clock is TRUE_OFFSET ahead). */
    private static ClockEstimator.Sample exchange(long at, long up, long work, long down) {
        Instant sent = PC.plusMillis(at);
        Instant received = sent.plusMillis(up + TRUE_OFFSET);
        Instant answered = received.plusMillis(work);
        Instant back = sent.plusMillis(up + work + down);
        return ClockEstimator.Sample.of(sent, received, answered, back);
    }

    @Test
    void aSymmetricExchangeGivesTheOffsetExactly() {
        ClockEstimator.Sample s = exchange(0, 30, 12, 30);
        assertEquals(TRUE_OFFSET, s.offsetMillis());
        assertEquals(60, s.delayMillis(), "the server's work is not part of the round trip");
    }

    @Test
    void theLeastDelayedOfRecentExchangesIsBelievedAndItsHalfDelayBoundsTheError() {
        ClockOffset offset = new ClockOffset(0);
        ClockEstimator estimator = new ClockEstimator(offset);
        Random random = new Random(7);
        long worstMidpointError = 0;
        for (int i = 0; i < 30; i++) {
            long up = 20 + random.nextInt(181);
            long work = 5 + random.nextInt(36);
            long down = 20 + random.nextInt(21);
            ClockEstimator.Sample s = exchange(i * 60_000L, up, work, down);
            estimator.add(s);
            // the old method: the server's answer time against the midpoint of the request on this PC
            long midpoint = (up + work + down) / 2;
            worstMidpointError = Math.max(worstMidpointError, Math.abs(TRUE_OFFSET + up + work - midpoint - TRUE_OFFSET));
            long error = Math.abs(estimator.estimateMillis() - TRUE_OFFSET);
            assertTrue(error <= estimator.uncertaintyMillis(), "exchange " + i + ": off by " + error + " ms, bound "
                    + estimator.uncertaintyMillis());
        }
        assertTrue(estimator.uncertaintyMillis() <= 45, "over 30 exchanges a short round trip comes: " + estimator.uncertaintyMillis());
        assertTrue(Math.abs(estimator.estimateMillis() - TRUE_OFFSET) < worstMidpointError,
                "better than the midpoint method's worst (" + worstMidpointError + " ms)");
    }

    @Test
    void aSmallChangeIsSlewedAndALargeOneStepped() {
        ClockOffset offset = new ClockOffset(0);
        ClockEstimator estimator = new ClockEstimator(offset);
        estimator.add(exchange(0, 30, 10, 30));
        assertEquals(TRUE_OFFSET, offset.millis(), "the first estimate is taken at once");
        // the server's clock moved 40 ms: the next exchanges say 290
        estimator.add(new ClockEstimator.Sample(TRUE_OFFSET + 40, 50));
        assertTrue(offset.millis() < TRUE_OFFSET + 5, "a small change is not jumped: " + offset.millis());
        assertEquals(TRUE_OFFSET + 40, estimator.estimateMillis());
        assertFalse(estimator.add(new ClockEstimator.Sample(TRUE_OFFSET + 40, 40)), "no step for a small change");
        assertTrue(estimator.add(new ClockEstimator.Sample(TRUE_OFFSET + 2_000, 30)), "a large change is stepped and said");
        assertEquals(TRUE_OFFSET + 2_000, offset.millis());
    }

    @Test
    void theFirstBurstsLeastDelayedExchangeIsTakenAtOnceWithItsBound() {
        ClockOffset offset = new ClockOffset(0);
        ClockEstimator estimator = new ClockEstimator(offset);
        assertEquals(null, estimator.reading(), "no exchange yet: nothing to bound a start with");
        estimator.add(List.of(new ClockEstimator.Sample(TRUE_OFFSET + 60, 180), new ClockEstimator.Sample(TRUE_OFFSET + 3, 16),
                new ClockEstimator.Sample(TRUE_OFFSET - 40, 120)));
        assertEquals(TRUE_OFFSET + 3, offset.millis(), "stepped straight to the best of the burst, not slewed from the first");
        assertEquals(new ClockReading(TRUE_OFFSET + 3, 8), estimator.reading());
        assertEquals(8, estimator.reading().startMarginMillis(), "a bound this small is waited out before a start");
        estimator.add(new ClockEstimator.Sample(TRUE_OFFSET + 13, 4));
        ClockReading slewing = estimator.reading();
        assertTrue(slewing.uncertaintyMillis() >= 2 + 9, "a correction still being slewed counts in the bound: " + slewing);
    }

    @Test
    void whenThePcsClockIsSteppedTheExchangesBeforeItAreForgotten() {
        ClockOffset offset = new ClockOffset(0);
        ClockEstimator estimator = new ClockEstimator(offset);
        for (int i = 0; i < 6; i++) {
            estimator.add(new ClockEstimator.Sample(TRUE_OFFSET, 10));
        }
        // Windows set the PC's clock 3 s back: the server is now 3 s further ahead, seen over a slower link
        assertTrue(estimator.add(List.of(new ClockEstimator.Sample(TRUE_OFFSET + 3_000, 80),
                new ClockEstimator.Sample(TRUE_OFFSET + 3_010, 100))), "a step is said");
        assertEquals(TRUE_OFFSET + 3_000, offset.millis(), "the old, shorter exchanges measured a clock that no longer is");
        assertEquals(40, estimator.uncertaintyMillis());
        assertEquals(20, estimator.reading().startMarginMillis(), "a bound over 20 ms is reported and waited out only to 20 ms");
    }

    @Test
    void anOldShortExchangeGivesWayToAFreshOneAsTheClocksMayHaveDrifted() {
        long[] now = {0};
        ClockEstimator estimator = new ClockEstimator(new ClockOffset(0), () -> now[0]);
        estimator.add(new ClockEstimator.Sample(TRUE_OFFSET, 10));
        assertEquals(5, estimator.uncertaintyMillis());
        now[0] += 600_000_000_000L;
        assertEquals(14, estimator.uncertaintyMillis(), "ten minutes later it may be 9 ms further off (15 ppm)");
        estimator.add(new ClockEstimator.Sample(TRUE_OFFSET + 4, 20));
        assertEquals(TRUE_OFFSET + 4, estimator.estimateMillis(), "the fresh exchange is believed");
        assertEquals(10, estimator.uncertaintyMillis());
    }
}
