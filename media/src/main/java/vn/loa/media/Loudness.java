package vn.loa.media;

/**
 * EBU R128 measurements.
 *
 * @param integratedLufs integrated loudness
 * @param rangeLu        loudness range
 * @param truePeakDbtp   true peak
 * @param thresholdLufs  gating threshold (loudnorm's measured_thresh; NaN when not measured)
 * @param offsetLu       loudnorm's target offset for the second pass (NaN when not measured)
 */
public record Loudness(double integratedLufs, double rangeLu, double truePeakDbtp, double thresholdLufs, double offsetLu) {
}
