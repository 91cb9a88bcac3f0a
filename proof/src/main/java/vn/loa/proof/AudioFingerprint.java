package vn.loa.proof;

/**
 * A spectral fingerprint of audio in the manner of Haitsma and Kalker (Philips, 2002): mono PCM at {@link #RATE} Hz
 * cut into frames of {@link #FRAME} samples (0.37 s) every {@link #HOP} samples (11.6 ms), each frame's energy in 33
 * bands spaced logarithmically from 300 to 2,000 Hz, and one 32-bit word per frame whose bit m says whether the
 * energy difference between bands m and m+1 grew or shrank since the frame before. Signs of differences of
 * differences survive gain, equalisation, band-limiting, lossy coding and noise much better than the energies do,
 * so the words of a capture of a program agree with the program's in most bits, and those of anything else in
 * about half. Pure Java: the server feeds it what ffmpeg decodes, the agent what it hands to the sink.
 *
 * <p>Feed samples as they come ({@link #feed}); {@link #words} gives the words so far. Memory is one frame of
 * samples and one word per hop (about 345 bytes a second of audio).
 */
public final class AudioFingerprint {

    /** The algorithm and its parameters, as references and prints are stored with them. */
    public static final String ALGORITHM = "hk-5512-2048-64-33-r10";
    /** Samples a second the fingerprint is taken at (44,100 / 8, to the nearest whole number). */
    public static final int RATE = 5512;
    public static final int FRAME = 2048;
    public static final int HOP = 64;
    static final int BANDS = 33;
    /** Of a reference word's 32 bits, the ones a match compares. */
    public static final int RELIABLE_BITS = 10;
    private static final double LOWEST_HZ = 300;
    private static final double HIGHEST_HZ = 2000;

    private static final double[] WINDOW = new double[FRAME];
    private static final int[] BAND_EDGES = new int[BANDS + 1];

    static {
        for (int i = 0; i < FRAME; i++) {
            WINDOW[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (FRAME - 1));
        }
        for (int b = 0; b <= BANDS; b++) {
            double hz = LOWEST_HZ * Math.pow(HIGHEST_HZ / LOWEST_HZ, (double) b / BANDS);
            BAND_EDGES[b] = (int) Math.round(hz * FRAME / RATE);
        }
    }

    private final float[] ring = new float[FRAME];
    private int filled;
    private int sinceLastFrame;
    private long position;
    private double[] previous;
    private int[] words = new int[1024];
    private int[] reliable = new int[1024];
    private int count;
    private final Fft fft = new Fft(FRAME);
    private final double[] re = new double[FRAME];
    private final double[] im = new double[FRAME];

    /** The fingerprint of a whole clip of 16-bit mono PCM at {@link #RATE} Hz. */
    public static int[] of(short[] pcm) {
        AudioFingerprint f = new AudioFingerprint();
        f.feed(pcm, 0, pcm.length);
        return f.words();
    }

    public void feed(short[] pcm, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            ring[(int) (position++ % FRAME)] = pcm[i] / 32768f;
            if (filled < FRAME) {
                filled++;
            } else {
                sinceLastFrame++;
            }
            if (filled == FRAME && (sinceLastFrame == HOP || position == FRAME)) {
                sinceLastFrame = 0;
                frame();
            }
        }
    }

    /** The words so far, one per hop after the first frame. */
    public int[] words() {
        return java.util.Arrays.copyOf(words, count);
    }

    /**
     * For a reference: per word, the bits decided by the clearest changes ({@link #RELIABLE_BITS} of 32), which a
     * capture keeps through noise and coding; a match compares those.
     */
    public int[] reliable() {
        return java.util.Arrays.copyOf(reliable, count);
    }

    private static int strongest(double[] strength) {
        double[] sorted = strength.clone();
        java.util.Arrays.sort(sorted);
        double cut = sorted[sorted.length - RELIABLE_BITS];
        int mask = 0;
        int taken = 0;
        for (int m = 0; m < strength.length && taken < RELIABLE_BITS; m++) {
            if (strength[m] >= cut) {
                mask |= 1 << m;
                taken++;
            }
        }
        return mask;
    }

    private void frame() {
        int start = (int) (position % FRAME);
        for (int i = 0; i < FRAME; i++) {
            re[i] = ring[(start + i) % FRAME] * WINDOW[i];
            im[i] = 0;
        }
        fft.transform(re, im);
        double[] energy = new double[BANDS];
        for (int b = 0; b < BANDS; b++) {
            double sum = 0;
            for (int k = BAND_EDGES[b]; k < BAND_EDGES[b + 1]; k++) {
                sum += re[k] * re[k] + im[k] * im[k];
            }
            energy[b] = sum;
        }
        if (previous != null) {
            int word = 0;
            double[] strength = new double[BANDS - 1];
            for (int m = 0; m < BANDS - 1; m++) {
                double change = energy[m] - energy[m + 1] - (previous[m] - previous[m + 1]);
                if (change > 0) {
                    word |= 1 << m;
                }
                // relative to the energy around it: a bit decided by a change lost in the noise floor flips first
                strength[m] = Math.abs(change) / (energy[m] + energy[m + 1] + previous[m] + previous[m + 1] + 1e-12);
            }
            if (count == words.length) {
                words = java.util.Arrays.copyOf(words, count * 2);
                reliable = java.util.Arrays.copyOf(reliable, count * 2);
            }
            reliable[count] = strongest(strength);
            words[count++] = word;
        }
        previous = energy;
    }
}
