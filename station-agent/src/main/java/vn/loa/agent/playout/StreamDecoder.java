package vn.loa.agent.playout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One connection to a live stream: ffmpeg reads the address (HTTP/Icecast MP3 or AAC, HLS) and decodes it to
 * the relay's PCM, which a thread hands over in 50 ms chunks. When the stream drops or stalls past ffmpeg's
 * read timeout, ffmpeg ends and {@link #ended} says so; the relay opens a new one.
 */
final class StreamDecoder implements AutoCloseable {

    private static final int CHUNK = PcmOutlet.BYTES_PER_SECOND / 20;
    /** Ten seconds of audio: more than any pause between polls, less than a burst worth keeping. */
    private static final int QUEUED = 200;
    /** ffmpeg gives up on a connection that sends nothing for this long (microseconds). */
    private static final String READ_TIMEOUT_MICROS = "4000000";

    private final Process ffmpeg;
    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(QUEUED);
    private volatile boolean ended;

    private StreamDecoder(Process ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    static StreamDecoder open(Path executable, String url) throws IOException {
        Process process = new ProcessBuilder(List.of(executable.toString(), "-v", "error", "-nostdin", "-rw_timeout",
                READ_TIMEOUT_MICROS, "-i", url, "-vn", "-f", "s16le", "-ac", "1", "-ar", String.valueOf(PcmOutlet.RATE), "pipe:1"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        StreamDecoder decoder = new StreamDecoder(process);
        Thread reader = new Thread(decoder::read, "loa-relay-decoder");
        reader.setDaemon(true);
        reader.start();
        return decoder;
    }

    private void read() {
        byte[] buffer = new byte[CHUNK];
        try (InputStream pcm = ffmpeg.getInputStream()) {
            int n;
            while ((n = pcm.readNBytes(buffer, 0, CHUNK)) > 0) {
                // a full queue means nobody is listening yet (before the relay's instant): the oldest audio goes
                while (!chunks.offer(Arrays.copyOf(buffer, n))) {
                    chunks.poll();
                }
            }
        } catch (IOException closed) {
            // closed by the relay, or the process died: either way the stream ended here
        } finally {
            ended = true;
        }
    }

    /** The next chunk of audio, waiting at most {@code millis}; null when none came. */
    byte[] poll(long millis) throws InterruptedException {
        return chunks.poll(millis, TimeUnit.MILLISECONDS);
    }

    /**
     * The newest chunk, dropping the ones before it: at the relay's instant the stream goes on air from where it
     * is live now, at once, not from what queued while it was opened ahead. Null when nothing came yet.
     */
    byte[] latest() {
        byte[] newest = null;
        byte[] next;
        while ((next = chunks.poll()) != null) {
            newest = next;
        }
        return newest;
    }

    /** The stream ended (dropped, or refused) and everything it sent has been taken. */
    boolean ended() {
        return ended && chunks.isEmpty();
    }

    @Override
    public void close() {
        ffmpeg.destroy();
        try {
            if (!ffmpeg.waitFor(2, TimeUnit.SECONDS)) {
                ffmpeg.destroyForcibly();
            }
        } catch (InterruptedException e) {
            ffmpeg.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
