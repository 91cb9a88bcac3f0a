package vn.loa.media;

import java.util.Optional;

/**
 * Brings a rendition to the target and keeps it under the ceiling, as measured on the encoded file.
 *
 * <p>The first pass is a linear gain from the source's integrated loudness (measured on the mix the
 * rendition will have), with a true-peak limiter only when the gained source would pass the ceiling:
 * speech keeps its dynamics when it can. The encoder adds overshoot, so the limiter's ceiling sits a
 * decibel under the target's. A pass that misses (a limiter eats loudness on peaky speech; the encoder
 * moves both figures) is followed by a corrective one: the gain moved by what was missing (by more when
 * a limiter is on, since it takes part of any increase back), the ceiling lowered by any overshoot; a
 * third pass interpolates between the two before it. Nothing here runs ffmpeg.
 */
public final class LevellingPlan {

    /** A pass within this of the integrated target is on target (the promise is ±1 LU). */
    static final double INTEGRATED_TOLERANCE_LU = 0.5;
    /** The encoder's overshoot the first limiter ceiling allows for. */
    static final double ENCODER_HEADROOM_DB = 1.0;
    /**
     * What the 64 kbit/s MP3 encoder takes off the integrated loudness (its low-pass removes highs that
     * the loudness weighting counts): about half a unit on speech and on noise alike, so the first pass
     * asks for that much more.
     */
    static final double ENCODER_LOSS_LU = 0.4;
    /** A limiter takes back part of a gain increase: the first correction asks for this much more. */
    private static final double LIMITED_CORRECTION = 1.5;
    private static final int MAX_PASSES = 3;

    private final LoudnessTarget target;
    private final double sourceLufs;
    private final double sourceTruePeak;
    private Levelling previous;
    private Loudness previousResult;
    private int passes;

    /** @param source the source's loudness, measured on the channel mix the rendition will have */
    public LevellingPlan(LoudnessTarget target, Loudness source) {
        this.target = target;
        this.sourceLufs = Double.isFinite(source.integratedLufs()) ? source.integratedLufs() : -70;
        this.sourceTruePeak = Double.isFinite(source.truePeakDbtp()) ? source.truePeakDbtp() : -70;
    }

    public Levelling first() {
        double gain = target.integratedLufs() - sourceLufs + ENCODER_LOSS_LU;
        double ceiling = target.truePeakDbtp() - ENCODER_HEADROOM_DB;
        passes = 1;
        return new Levelling(gain, sourceTruePeak + gain > ceiling, ceiling);
    }

    public boolean onTarget(Loudness measured) {
        return Math.abs(measured.integratedLufs() - target.integratedLufs()) <= INTEGRATED_TOLERANCE_LU
                && measured.truePeakDbtp() <= target.truePeakDbtp();
    }

    /** The next pass after {@code tried} gave {@code measured}; empty when it is on target or the passes are spent. */
    public Optional<Levelling> next(Levelling tried, Loudness measured) {
        if (onTarget(measured) || passes >= MAX_PASSES || !Double.isFinite(measured.integratedLufs())) {
            return Optional.empty();
        }
        double missing = target.integratedLufs() - measured.integratedLufs();
        double overshoot = measured.truePeakDbtp() - target.truePeakDbtp();
        double ceiling = overshoot > 0 ? tried.ceilingDbtp() - overshoot - 0.3 : tried.ceilingDbtp();
        double gain;
        if (previous != null && Math.abs(measured.integratedLufs() - previousResult.integratedLufs()) > 0.05
                && tried.gainDb() != previous.gainDb()) {
            // secant: how much loudness each decibel of gain bought between the last two passes
            double slope = (measured.integratedLufs() - previousResult.integratedLufs()) / (tried.gainDb() - previous.gainDb());
            gain = tried.gainDb() + missing / Math.max(0.2, slope);
        } else {
            gain = tried.gainDb() + missing * (tried.limited() ? LIMITED_CORRECTION : 1.0);
        }
        boolean limited = tried.limited() || overshoot > 0 || sourceTruePeak + gain > ceiling;
        previous = tried;
        previousResult = measured;
        passes++;
        return Optional.of(new Levelling(gain, limited, ceiling));
    }
}
