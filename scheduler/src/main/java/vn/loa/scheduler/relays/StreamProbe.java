package vn.loa.scheduler.relays;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Tries a live stream from the server the way an agent will: connects, reads its first seconds and says
 * whether it is audio (MP3, AAC, Ogg) or an HLS playlist, or why not: no answer, an error status, a web page.
 * The server's link is not the station's, so a stream the server reaches may still fail at a station (the
 * agent then airs the fallback and says so); a stream the server cannot reach is refused when it is created.
 */
public final class StreamProbe {

    /** How much of the stream is read: under a second of MP3 at 48–128 kbit/s, a few dozen frames. */
    private static final int SNIFF_BYTES = 4 * 1024;

    /** What the probe found. {@code format}: mp3, aac, ogg, hls, or null when it is not audio. */
    public record Result(boolean audio, int status, String contentType, String format, int bytesRead, long millis,
                         String messageVi, String messageEn) {
    }

    private final Duration timeout;

    public StreamProbe(Duration timeout) {
        this.timeout = timeout;
    }

    public Result probe(String url) {
        long start = System.nanoTime();
        HttpURLConnection http = null;
        try {
            http = (HttpURLConnection) URI.create(url).toURL().openConnection();
            http.setConnectTimeout((int) timeout.toMillis());
            http.setReadTimeout((int) timeout.toMillis());
            http.setInstanceFollowRedirects(true);
            http.setRequestProperty("User-Agent", "Loa relay check");
            http.setRequestProperty("Icy-MetaData", "0");
            int status = http.getResponseCode();
            String type = http.getContentType() == null ? "" : http.getContentType().toLowerCase(Locale.ROOT);
            if (status < 200 || status >= 300) {
                return refused(status, type, 0, start, "Máy chủ luồng phát trả lời mã lỗi " + status + ".",
                        "The stream's server answered with status " + status + ".");
            }
            byte[] head;
            try (InputStream in = http.getInputStream()) {
                head = in.readNBytes(SNIFF_BYTES);
            }
            String format = format(head, type);
            if (format == null) {
                return refused(status, type, head.length, start, "Địa chỉ này trả về "
                        + (type.startsWith("text/html") ? "một trang web" : "nội dung '" + type + "'")
                        + ", không phải âm thanh (MP3, AAC, Ogg hay danh sách HLS).",
                        "This address returns " + (type.startsWith("text/html") ? "a web page" : "'" + type + "'")
                        + ", not audio (MP3, AAC, Ogg or an HLS playlist).");
            }
            return new Result(true, status, type, format, head.length, millis(start), "Luồng phát nghe được ("
                    + format.toUpperCase(Locale.ROOT) + ").", "The stream plays (" + format.toUpperCase(Locale.ROOT) + ").");
        } catch (SocketTimeoutException e) {
            return refused(0, null, 0, start, "Luồng phát không trả lời trong " + timeout.toSeconds() + " giây.",
                    "The stream did not answer within " + timeout.toSeconds() + " seconds.");
        } catch (IOException | IllegalArgumentException e) {
            return refused(0, null, 0, start, "Không kết nối được tới luồng phát (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ").", "Cannot connect to the stream (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ").");
        } finally {
            if (http != null) {
                http.disconnect();
            }
        }
    }

    /** The audio format the first bytes show; the content type alone is not trusted (servers mislabel). */
    static String format(byte[] head, String contentType) {
        String text = new String(head, 0, Math.min(head.length, 16), StandardCharsets.ISO_8859_1);
        if (text.startsWith("#EXTM3U")) {
            return "hls";
        }
        if (text.startsWith("OggS")) {
            return "ogg";
        }
        if (text.startsWith("ID3")) {
            return contentType.contains("aac") ? "aac" : "mp3";
        }
        // a live stream may begin mid-frame: two frame headers a frame apart would be proof; one sync word
        // followed by a plausible header is enough for a check
        for (int i = 0; i + 3 < head.length; i++) {
            if ((head[i] & 0xFF) == 0xFF && (head[i + 1] & 0xE0) == 0xE0) {
                int layer = (head[i + 1] >> 1) & 0x3;
                if ((head[i + 1] & 0xF6) == 0xF0) {
                    return "aac";
                }
                int bitrate = (head[i + 2] >> 4) & 0xF;
                int rate = (head[i + 2] >> 2) & 0x3;
                if (layer != 0 && bitrate != 0 && bitrate != 0xF && rate != 0x3) {
                    return "mp3";
                }
            }
        }
        return null;
    }

    private static Result refused(int status, String type, int bytes, long start, String vi, String en) {
        return new Result(false, status, type, null, bytes, millis(start), vi, en);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
