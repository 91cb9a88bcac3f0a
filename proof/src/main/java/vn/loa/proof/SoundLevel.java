package vn.loa.proof;

/**
 * How loud audio was: the RMS of 16-bit samples in dB below full scale (a full-scale square wave is 0 dB, a
 * full-scale sine about −3 dB, Loa's renditions about −20 dB). Digital silence reads {@link #FLOOR}.
 */
public final class SoundLevel {

    /** What silence reads: far below any microphone's own noise. */
    public static final double FLOOR = -96;

    private double sumOfSquares;
    private long samples;

    public void feed(short[] pcm, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            double s = pcm[i] / 32768.0;
            sumOfSquares += s * s;
        }
        samples += length;
    }

    /** The mean square so far (0 to 1), to be averaged with others; 0 before any sample. */
    public double meanSquare() {
        return samples == 0 ? 0 : sumOfSquares / samples;
    }

    public long samples() {
        return samples;
    }

    /** A mean square in dB below full scale, to a hundredth (so it reads back the same from JSON and the store). */
    public static double decibels(double meanSquare) {
        double db = meanSquare <= 0 ? FLOOR : Math.max(FLOOR, 10 * Math.log10(meanSquare));
        return Math.round(db * 100) / 100.0;
    }
}
