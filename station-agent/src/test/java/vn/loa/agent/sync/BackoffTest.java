package vn.loa.agent.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void waitsDoubleUpToTheCeilingAndASuccessStartsOver() {
        Backoff backoff = new Backoff(5, 60, 0, new Random(1));
        assertEquals(5_000, backoff.failedMillis());
        assertEquals(10_000, backoff.failedMillis());
        assertEquals(20_000, backoff.failedMillis());
        assertEquals(40_000, backoff.failedMillis());
        assertEquals(60_000, backoff.failedMillis(), "never longer than the ceiling");
        assertEquals(60_000, backoff.failedMillis());
        backoff.succeeded();
        assertEquals(5_000, backoff.failedMillis(), "after a success the first wait again");
    }

    @Test
    void jitterSpreadsStationsThatFailedTogether() {
        Backoff a = new Backoff(120, 300, 5000, new Random(1));
        Backoff b = new Backoff(120, 300, 5000, new Random(2));
        long waitA = a.failedMillis();
        long waitB = b.failedMillis();
        assertTrue(waitA >= 120_000 && waitA < 125_000 && waitB >= 120_000 && waitB < 125_000);
        assertTrue(waitA != waitB, "two stations do not call back in the same millisecond");
    }
}
