package vn.loa.media;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The figures the program page warns on: more than 1 LU off −16 LUFS, or a true peak above −1.5 dBTP. */
class LoudnessTargetHoldsTest {

    private static final LoudnessTarget TARGET = LoudnessTarget.BROADCAST;

    @Test
    void withinOneUnitAndUnderTheCeilingHolds() {
        assertTrue(TARGET.holds(-16.0, -2.0));
        assertTrue(TARGET.holds(-17.0, -1.5));
        assertTrue(TARGET.holds(-15.0, -3.0));
    }

    @Test
    void theRenditionsTheIssueFoundDoNot() {
        assertFalse(TARGET.holds(-17.4, -1.5), "1.4 LU under");
        assertFalse(TARGET.holds(-16.5, 1.6), "3.1 dB over the ceiling");
        assertFalse(TARGET.holds(-16.0, -0.7));
    }
}
