package vn.loa.scheduler.asrun;

/**
 * An airing whose output was silent or much too quiet, from the levels the agent measured (RMS, dB below full scale).
 * Loa's renditions are levelled to about −20 dB; what a capture input hears depends on its gain and where the
 * microphone is, so its limits are lower. Heard audio decides when there is any: it is what the loudspeakers gave.
 */
final class LevelFlag {

    static final String AIRED_SILENCE = "aired_silence";
    static final String TOO_QUIET = "too_quiet";
    /** Below this nothing but a line's or a room's own noise was there. */
    static final double SILENCE_DB = -60;
    /** A rendition this far under its level (−20 dB) was turned down by about 15 dB or more somewhere. */
    static final double RENDERED_QUIET_DB = -35;
    /** A capture this low hears the program, if at all, at the edge of its noise. */
    static final double HEARD_QUIET_DB = -48;

    private LevelFlag() {
    }

    static String of(Double renderedDb, Double heardDb) {
        Double decides = heardDb != null ? heardDb : renderedDb;
        if (decides == null) {
            return null;
        }
        if (decides < SILENCE_DB) {
            return AIRED_SILENCE;
        }
        return decides < (heardDb != null ? HEARD_QUIET_DB : RENDERED_QUIET_DB) ? TOO_QUIET : null;
    }
}
