package vn.loa.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The decisions between render passes, on figures like those the encoded files gave. */
class LevellingPlanTest {

    private static Loudness measured(double lufs, double peak) {
        return new Loudness(lufs, 3, peak, Double.NaN, Double.NaN);
    }

    @Test
    void aSourceWithHeadroomIsOnlyGainedAndAPassOnTargetEndsIt() {
        LevellingPlan plan = new LevellingPlan(LoudnessTarget.BROADCAST, measured(-30, -20));
        Levelling first = plan.first();
        assertEquals(14.4, first.gainDb(), 0.001, "−16 − (−30), and the encoder's 0.4");
        assertFalse(first.limited(), "−20 + 14.4 stays under the ceiling: no limiter on speech that does not need one");
        assertTrue(plan.next(first, measured(-16.1, -4.0)).isEmpty());
    }

    @Test
    void peakySpeechIsLimitedAndALowPassIsCorrectedMoreThanLinearly() {
        LevellingPlan plan = new LevellingPlan(LoudnessTarget.BROADCAST, measured(-19.2, 0.1));
        Levelling first = plan.first();
        assertTrue(first.limited());
        assertEquals(-2.5, first.ceilingDbtp(), 0.001, "a decibel under −1.5 for the encoder's overshoot");
        Levelling second = plan.next(first, measured(-18.0, -2.4)).orElseThrow();
        assertEquals(first.gainDb() + 3.0, second.gainDb(), 0.001, "two units missing, ×1.5 with the limiter on");
        Levelling third = plan.next(second, measured(-16.8, -2.3)).orElseThrow();
        assertTrue(third.gainDb() > second.gainDb(), "the secant keeps going up");
        assertTrue(plan.next(third, measured(-16.7, -2.3)).isEmpty(), "three renders at most");
    }

    @Test
    void anEncodedPeakOverTheCeilingLowersTheLimiter() {
        LevellingPlan plan = new LevellingPlan(LoudnessTarget.BROADCAST, measured(-22, -12));
        Levelling first = plan.first();
        assertFalse(first.limited());
        Levelling second = plan.next(first, measured(-16.0, -1.0)).orElseThrow();
        assertTrue(second.limited(), "an overshoot past the ceiling turns the limiter on");
        assertEquals(-2.5 - 0.5 - 0.3, second.ceilingDbtp(), 0.001);
    }
}
