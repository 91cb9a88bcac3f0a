package vn.loa.media;

/**
 * A source file decoded from start to end once: what it declares, how long it really decoded, where it
 * is silent, and how loud it is.
 */
public record AudioAnalysis(AudioProbe probe, double decodedSeconds, Silence silence, Loudness loudness) {

    /** The share of the decoded audio that is silence, 0 to 1. */
    public double silentShare() {
        return decodedSeconds <= 0 ? 1 : Math.min(1, silence.totalSeconds() / decodedSeconds);
    }
}
