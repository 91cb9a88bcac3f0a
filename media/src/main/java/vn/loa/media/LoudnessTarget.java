package vn.loa.media;

/** What every rendition is normalised to: EBU R128 integrated loudness, true-peak ceiling, loudness range. */
public record LoudnessTarget(double integratedLufs, double truePeakDbtp, double rangeLu) {

    /** −16 LUFS and −1.5 dBTP: loud enough for a village square, with headroom for cheap horn speakers. */
    public static final LoudnessTarget BROADCAST = new LoudnessTarget(-16, -1.5, 11);

    /** How far from the integrated target a rendition may be and still be on target (the promise is ±1 LU). */
    public static final double TOLERANCE_LU = 1.0;

    /** Whether a rendition measured at these figures keeps the promise: within ±1 LU and at or under the ceiling. */
    public boolean holds(double integratedLufs, double truePeakDbtp) {
        // the figures are shown rounded to a tenth; a rounding step is not a miss
        return Math.abs(integratedLufs - this.integratedLufs) <= TOLERANCE_LU + 0.05 && truePeakDbtp <= this.truePeakDbtp + 0.05;
    }
}
