package vn.loa.proof;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The blocks of a fingerprint an as-run record carries, as text: {@code p1:} and Base64 of each block's position
 * and its {@link FingerprintMatch#BLOCK} words, big-endian. About 8 KB for six blocks. The signed record names the
 * text by its SHA-256 ({@link #sha256}), so the print is as tamper-evident as the rest of the record.
 */
public final class PrintBlocks {

    static final String PREFIX = "p1:";

    private PrintBlocks() {
    }

    public static String encode(List<FingerprintMatch.Block> blocks) {
        ByteBuffer buffer = ByteBuffer.allocate(blocks.size() * (4 + 4 * FingerprintMatch.BLOCK));
        for (FingerprintMatch.Block b : blocks) {
            buffer.putInt(b.position());
            for (int w : b.words()) {
                buffer.putInt(w);
            }
        }
        return PREFIX + Base64.getEncoder().encodeToString(buffer.array());
    }

    /** @throws IllegalArgumentException when the text is not a print of whole blocks */
    public static List<FingerprintMatch.Block> decode(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a fingerprint print");
        }
        byte[] bytes = Base64.getDecoder().decode(text.substring(PREFIX.length()));
        int size = 4 + 4 * FingerprintMatch.BLOCK;
        if (bytes.length == 0 || bytes.length % size != 0 || bytes.length / size > FingerprintMatch.MOST_BLOCKS) {
            throw new IllegalArgumentException("a print holds 1 to " + FingerprintMatch.MOST_BLOCKS + " whole blocks");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        List<FingerprintMatch.Block> blocks = new ArrayList<>();
        while (buffer.hasRemaining()) {
            int position = buffer.getInt();
            int[] words = new int[FingerprintMatch.BLOCK];
            for (int i = 0; i < words.length; i++) {
                words[i] = buffer.getInt();
            }
            if (position < 0) {
                throw new IllegalArgumentException("a block's position is negative");
            }
            blocks.add(new FingerprintMatch.Block(position, words));
        }
        return blocks;
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
