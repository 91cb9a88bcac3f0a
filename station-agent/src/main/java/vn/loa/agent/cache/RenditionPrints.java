package vn.loa.agent.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import vn.loa.proof.AudioFingerprint;
import vn.loa.proof.FingerprintMatch;
import vn.loa.proof.PrintBlocks;
import vn.loa.proof.SoundLevel;

/**
 * The fingerprint of each cached rendition ({@code CACHE/<sha256>.print}), taken when it arrives, from what ffmpeg
 * decodes of it, so that at the end of an airing the record can carry the blocks of what was rendered at once,
 * without decoding while the next item starts; beside it the rendition's level every half second
 * ({@code CACHE/<sha256>.level}), so the record says how loud what aired was. Evicted with its rendition (same name,
 * other extensions).
 */
public final class RenditionPrints {

    private static final Logger LOG = Logger.getLogger(RenditionPrints.class.getName());

    private final Path dir;

    RenditionPrints(Path dir) {
        this.dir = dir;
    }

    public Path path(String sha256) {
        return dir.resolve(sha256 + ".print");
    }

    private Path levelPath(String sha256) {
        return dir.resolve(sha256 + ".level");
    }

    /** Both taken (a print from before levels were kept is taken again, once). */
    public boolean has(String sha256) {
        return Files.exists(path(sha256)) && Files.exists(levelPath(sha256));
    }

    /** Fingerprints the cached rendition with ffmpeg; false when it cannot (the airing is then only "reported"). */
    public boolean take(String sha256, Path rendition, Path ffmpeg) {
        Process decoder = null;
        try {
            decoder = new ProcessBuilder(List.of(ffmpeg.toString(), "-v", "error", "-nostdin", "-i", rendition.toString(), "-vn",
                    "-ac", "1", "-ar", String.valueOf(AudioFingerprint.RATE), "-f", "s16le", "pipe:1"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            AudioFingerprint print = new AudioFingerprint();
            // a read is half a second of samples: its level is one entry of the level file
            byte[] bytes = new byte[AudioFingerprint.RATE];
            short[] samples = new short[bytes.length / 2];
            List<Float> levels = new ArrayList<>();
            try (InputStream pcm = decoder.getInputStream()) {
                int n;
                while ((n = pcm.readNBytes(bytes, 0, bytes.length)) > 0) {
                    int count = n / 2;
                    ByteBuffer.wrap(bytes, 0, count * 2).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples, 0, count);
                    print.feed(samples, 0, count);
                    SoundLevel level = new SoundLevel();
                    level.feed(samples, 0, count);
                    levels.add((float) level.meanSquare());
                }
            }
            if (decoder.waitFor() != 0) {
                return false;
            }
            int[] words = print.words();
            write(levelPath(sha256), sha256, out -> {
                for (float l : levels) {
                    out.writeFloat(l);
                }
            });
            write(path(sha256), sha256, out -> {
                for (int w : words) {
                    out.writeInt(w);
                }
            });
            return true;
        } catch (IOException e) {
            LOG.warning("[cache] no fingerprint of " + sha256 + ": " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (decoder != null) {
                decoder.destroyForcibly();
            }
        }
    }

    private interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    private void write(Path file, String sha256, Writing writing) throws IOException {
        Path temp = Files.createTempFile(dir, sha256, ".part");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(temp))) {
            writing.to(out);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The RMS level of the rendition's first {@code seconds} (what aired), in dB below full scale; empty without it. */
    public Optional<Double> airedLevel(String sha256, double seconds) {
        Path file = levelPath(sha256);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            int halves = (int) Math.min(Files.size(file) / 4, Math.max(1, Math.ceil(seconds * 2)));
            double sum = 0;
            for (int i = 0; i < halves; i++) {
                sum += in.readFloat();
            }
            return halves == 0 ? Optional.empty() : Optional.of(SoundLevel.decibels(sum / halves));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The blocks of what aired of the rendition, its first {@code seconds}, as a record carries them; empty without a
     * fingerprint or when less than a block aired.
     */
    public Optional<String> aired(String sha256, double seconds) {
        Path file = path(sha256);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            int[] words = new int[(int) (Files.size(file) / 4)];
            for (int i = 0; i < words.length; i++) {
                words[i] = in.readInt();
            }
            int aired = (int) Math.min(words.length, Math.max(0,
                    (seconds * AudioFingerprint.RATE - AudioFingerprint.FRAME) / AudioFingerprint.HOP));
            List<FingerprintMatch.Block> blocks = FingerprintMatch.blocks(Arrays.copyOf(words, aired));
            return blocks.isEmpty() ? Optional.empty() : Optional.of(PrintBlocks.encode(blocks));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
