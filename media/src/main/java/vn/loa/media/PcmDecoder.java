package vn.loa.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Decodes an audio file to 16-bit mono PCM at a given rate with ffmpeg, for analysis in Java (the fingerprint of
 * the proof of airing reads 5,512 Hz). Through a temporary file: ffmpeg's output is binary and
 * {@link Ffmpeg#run} reads text.
 */
public final class PcmDecoder {

    private final Ffmpeg ffmpeg;

    public PcmDecoder(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    public short[] decode(Path audio, int rate) {
        Path raw = null;
        try {
            raw = Files.createTempFile("loa-pcm-", ".raw");
            Ffmpeg.Run run = ffmpeg.run(List.of("-y", "-v", "error", "-nostdin", "-i", Ffmpeg.url(audio), "-vn", "-ac", "1",
                    "-ar", String.valueOf(rate), "-f", "s16le", Ffmpeg.url(raw)), 300);
            if (run.exitCode() != 0) {
                throw new MediaException(audio, "decode", "undecodable", "Không giải mã được âm thanh.",
                        "Cannot decode the audio.", run.exitCode(), run.stderrTail());
            }
            byte[] bytes = Files.readAllBytes(raw);
            short[] pcm = new short[bytes.length / 2];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(pcm);
            return pcm;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode " + audio, e);
        } finally {
            if (raw != null) {
                raw.toFile().delete();
            }
        }
    }
}
