package vn.loa.media;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A live stream on loopback, as an Icecast mount would serve it: every listener gets audio that ffmpeg
 * generates in real time (a tone that changes pitch every few seconds, so a capture can be told from
 * silence), starting from the moment it connects. The mount's name says the format: {@code .mp3} MP3,
 * {@code .aac} AAC in ADTS frames (as Icecast serves AAC), {@code .m3u8} an HLS playlist of two-second AAC
 * segments that one ffmpeg keeps writing, as a radio's HLS edge would. It can be cut (listeners dropped, new ones answered 503)
 * for a while, or stopped, as a real source's link goes down. For the demo's simulated VOV1 relay and the tests.
 */
public final class LiveStream implements AutoCloseable {

    /** A tone stepping through four pitches, 2 s each, generated at the pace it is heard. */
    private static final List<String> TONE = List.of("-v", "error", "-nostdin", "-re", "-f", "lavfi", "-i",
            "aevalsrc=0.4*sin(2*PI*(330+110*mod(floor(t/2)\\,4))*t):s=22050:c=mono");

    private final Ffmpeg ffmpeg;
    private final HttpServer server;
    private final String mount;
    private final Set<Process> encoders = ConcurrentHashMap.newKeySet();
    private volatile long downUntilNanos;
    /** The HLS writer and its directory; null for a continuous stream. */
    private Process hlsWriter;
    private Path hlsDirectory;

    private LiveStream(Ffmpeg ffmpeg, HttpServer server, String mount) {
        this.ffmpeg = ffmpeg;
        this.server = server;
        this.mount = mount;
    }

    /** Serves {@code /<mount>} (and, for HLS, its segments) on a free loopback port. */
    public static LiveStream start(Ffmpeg ffmpeg, String mount) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        LiveStream stream = new LiveStream(ffmpeg, server, mount);
        if (mount.endsWith(".m3u8")) {
            stream.startHls();
            server.createContext("/", stream::serveFile);
        } else {
            server.createContext("/" + mount, stream::serve);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loa-live-stream");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return stream;
    }

    public String url(String mount) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + mount;
    }

    /** Drops every listener and refuses new ones for {@code length}, as a source whose link went down. */
    public void cut(Duration length) {
        downUntilNanos = System.nanoTime() + length.toNanos();
        encoders.forEach(Process::destroy);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (System.nanoTime() - downUntilNanos < 0) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            boolean aac = mount.endsWith(".aac");
            exchange.getResponseHeaders().set("Content-Type", aac ? "audio/aac" : "audio/mpeg");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            Process encoder = new ProcessBuilder(command(aac ? List.of("-c:a", "aac", "-b:a", "48k", "-f", "adts", "pipe:1")
                    : List.of("-c:a", "libmp3lame", "-b:a", "48k", "-f", "mp3", "pipe:1")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            encoders.add(encoder);
            try (InputStream audio = encoder.getInputStream(); OutputStream out = exchange.getResponseBody()) {
                audio.transferTo(out);
            } catch (IOException listenerLeft) {
                // the listener hung up: nothing to tell it
            } finally {
                encoders.remove(encoder);
                encoder.destroyForcibly();
            }
        }
    }

    private List<String> command(List<String> output) {
        List<String> command = new ArrayList<>();
        command.add(ffmpeg.executable().toString());
        command.addAll(TONE);
        command.addAll(output);
        return command;
    }

    /** One writer for every listener: a rolling playlist of the last six two-second segments. */
    private void startHls() throws IOException {
        hlsDirectory = Files.createTempDirectory("loa-hls");
        hlsWriter = new ProcessBuilder(command(List.of("-c:a", "aac", "-b:a", "48k", "-f", "hls", "-hls_time", "2",
                "-hls_list_size", "6", "-hls_flags", "delete_segments+omit_endlist", "-hls_segment_filename",
                hlsDirectory.resolve("seg%05d.ts").toString(), hlsDirectory.resolve(mount).toString())))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The playlist or a segment, by its plain name only (nothing outside the writer's directory). */
    private void serveFile(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring(1);
            Path file = hlsDirectory.resolve(name);
            if (System.nanoTime() - downUntilNanos < 0) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            if (!name.matches("[A-Za-z0-9_.-]+") || name.startsWith(".") || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body;
            try {
                body = Files.readAllBytes(file);
            } catch (NoSuchFileException rolledAway) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".m3u8") ? "application/vnd.apple.mpegurl" : "video/mp2t");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        encoders.forEach(Process::destroyForcibly);
        if (hlsWriter != null) {
            hlsWriter.destroyForcibly();
            try (var files = Files.list(hlsDirectory)) {
                files.forEach(f -> f.toFile().delete());
                Files.deleteIfExists(hlsDirectory);
            } catch (IOException leftInTemp) {
                // a temporary directory of a few segments: the system's temp cleaning takes it
            }
        }
    }
}
