package vn.loa.agent.capture;

import vn.loa.proof.AudioFingerprint;

/**
 * Brings 16-bit mono PCM from the input's rate down to the fingerprint's {@link AudioFingerprint#RATE} Hz by averaging
 * the input samples each output sample spans: the fingerprint reads 300–2000 Hz, far below where averaging folds
 * anything back.
 */
final class ToFingerprintRate {

    private final double step;
    private double due;
    private double sum;
    private int count;

    ToFingerprintRate(float inputRate) {
        this.step = inputRate / AudioFingerprint.RATE;
        this.due = step;
    }

    /** Converts {@code length} input samples into {@code out} (at least {@code length / step + 1} long); how many. */
    int convert(short[] in, int length, short[] out) {
        int made = 0;
        for (int i = 0; i < length; i++) {
            sum += in[i];
            count++;
            due -= 1;
            if (due <= 0) {
                out[made++] = (short) Math.round(sum / count);
                sum = 0;
                count = 0;
                due += step;
            }
        }
        return made;
    }
}
