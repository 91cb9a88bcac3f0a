package vn.loa.proof;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a capture is the program: a few blocks of the capture's fingerprint (about 3 s each, spread over it) are
 * laid on the program's reference at one common shift, tried within the start offset allowed, and the share of bits
 * that differ there (the bit error rate) decides. A capture of the program differs in a tenth to a fifth of its bits
 * even degraded; anything else, silence or noise in about half. One shift for all blocks: a true capture is the
 * program shifted once, and a chance agreement of one block elsewhere does not carry the others.
 */
public final class FingerprintMatch {

    /** Words in a block: 256 hops, about 3 s. */
    public static final int BLOCK = 256;
    /** At most this many blocks are taken from a capture: what an as-run record carries (about 6 KB). */
    public static final int MOST_BLOCKS = 6;
    /** Below this bit error rate a capture is the program (docs/decisions.md has the measurements behind it). */
    public static final double THRESHOLD = 0.35;
    /** How far under chance agreement a match must be. */
    static final double CHANCE_MARGIN = 0.1;
    /** Words a second, to turn seconds of start offset into words of shift. */
    public static final double WORDS_PER_SECOND = (double) AudioFingerprint.RATE / AudioFingerprint.HOP;

    /** A block of a capture's fingerprint and where in the capture it starts (in words). */
    public record Block(int position, int[] words) {
    }

    /** @param shift words to add to a capture position to find it in the reference */
    public record Result(boolean matched, double bitErrorRate, int shift) {
    }

    private FingerprintMatch() {
    }

    /** Up to {@link #MOST_BLOCKS} blocks spread evenly over the capture (none when it is shorter than a block). */
    public static List<Block> blocks(int[] capture) {
        List<Block> blocks = new ArrayList<>();
        int room = capture.length - BLOCK;
        if (room < 0) {
            return blocks;
        }
        int count = Math.min(MOST_BLOCKS, room / BLOCK + 1);
        for (int i = 0; i < count; i++) {
            int position = count == 1 ? 0 : (int) ((long) room * i / (count - 1));
            int[] words = new int[BLOCK];
            System.arraycopy(capture, position, words, 0, BLOCK);
            blocks.add(new Block(position, words));
        }
        return blocks;
    }

    /**
     * The best common shift within {@code maxShiftSeconds} either way and its bit error rate; not matched when no
     * block can be laid on the reference at all.
     */
    public static Result match(int[] reference, List<Block> blocks, double maxShiftSeconds) {
        int[] all = new int[reference.length];
        java.util.Arrays.fill(all, -1);
        return match(reference, all, blocks, maxShiftSeconds);
    }

    /** The same comparing only the reference's reliable bits ({@link AudioFingerprint#reliable}). */
    public static Result match(int[] reference, int[] reliable, List<Block> blocks, double maxShiftSeconds) {
        int maxShift = (int) Math.ceil(maxShiftSeconds * WORDS_PER_SECOND);
        double best = 1;
        double chanceAtBest = 0.5;
        int bestShift = 0;
        for (int shift = -maxShift; shift <= maxShift; shift++) {
            if (laid(blocks, shift, reference.length) * 2 < blocks.size()) {
                continue;
            }
            long differing = 0;
            long compared = 0;
            long referenceOnes = 0;
            long captureOnes = 0;
            for (Block b : blocks) {
                int at = b.position() + shift;
                if (at < 0 || at + BLOCK > reference.length) {
                    continue;
                }
                for (int i = 0; i < BLOCK; i++) {
                    int mask = reliable[at + i];
                    differing += Integer.bitCount((reference[at + i] ^ b.words()[i]) & mask);
                    compared += Integer.bitCount(mask);
                    referenceOnes += Integer.bitCount(reference[at + i] & mask);
                    captureOnes += Integer.bitCount(b.words()[i] & mask);
                }
            }
            if (compared == 0) {
                continue;
            }
            double rate = (double) differing / compared;
            if (rate < best) {
                best = rate;
                bestShift = shift;
                double p = (double) referenceOnes / compared;
                double q = (double) captureOnes / compared;
                chanceAtBest = p * (1 - q) + (1 - p) * q;
            }
        }
        // below the threshold, and well below what two unrelated bit patterns of these biases would share by chance:
        // silence (every bit 0) against a reference whose reliable bits lean to 0 agrees often, and proves nothing
        boolean matched = !blocks.isEmpty() && best < THRESHOLD && best < chanceAtBest - CHANCE_MARGIN;
        return new Result(matched, best, bestShift);
    }

    private static int laid(List<Block> blocks, int shift, int length) {
        int laid = 0;
        for (Block b : blocks) {
            int at = b.position() + shift;
            laid += at >= 0 && at + BLOCK <= length ? 1 : 0;
        }
        return laid;
    }
}
