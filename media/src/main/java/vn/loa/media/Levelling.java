package vn.loa.media;

/**
 * How one render pass sets the level: a linear gain, then, when the gained signal would pass the
 * ceiling, a true-peak limiter (on the signal oversampled four times) at {@code ceilingDbtp}.
 *
 * @param ceilingDbtp the limiter's ceiling before the encoder, below the target's true peak by the
 *                    encoder's overshoot; ignored when {@code limited} is false
 */
public record Levelling(double gainDb, boolean limited, double ceilingDbtp) {
}
