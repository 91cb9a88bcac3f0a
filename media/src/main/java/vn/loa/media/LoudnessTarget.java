package vn.loa.media;

/** What every rendition is normalised to: EBU R128 integrated loudness, true-peak ceiling, loudness range. */
public record LoudnessTarget(double integratedLufs, double truePeakDbtp, double rangeLu) {

    /** −16 LUFS and −1.5 dBTP: loud enough for a village square, with headroom for cheap horn speakers. */
    public static final LoudnessTarget BROADCAST = new LoudnessTarget(-16, -1.5, 11);
}
