package vn.loa.media;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A live MP3 stream on loopback, as an Icecast mount would serve it: every listener gets audio that ffmpeg
 * generates in real time (a tone that changes pitch every few seconds, so a capture can be told from
 * silence), starting from the moment it connects. It can be cut (listeners dropped, new ones answered 503)
 * for a while, or stopped, as a real source's link goes down. For the demo's simulated VOV1 relay and the tests.
 */
public final class LiveStream implements AutoCloseable {

    private final Ffmpeg ffmpeg;
    private final HttpServer server;
    private final Set<Process> encoders = ConcurrentHashMap.newKeySet();
    private volatile long downUntilNanos;

    private LiveStream(Ffmpeg ffmpeg, HttpServer server) {
        this.ffmpeg = ffmpeg;
        this.server = server;
    }

    /** Serves {@code /<mount>} on a free loopback port. */
    public static LiveStream start(Ffmpeg ffmpeg, String mount) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        LiveStream stream = new LiveStream(ffmpeg, server);
        server.createContext("/" + mount, stream::serve);
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
            exchange.getResponseHeaders().set("Content-Type", "audio/mpeg");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            // a tone stepping through four pitches, 2 s each, generated and encoded at the pace it is heard
            Process encoder = new ProcessBuilder(List.of(ffmpeg.executable().toString(), "-v", "error", "-nostdin", "-re",
                    "-f", "lavfi", "-i", "aevalsrc=0.4*sin(2*PI*(330+110*mod(floor(t/2)\\,4))*t):s=22050:c=mono",
                    "-c:a", "libmp3lame", "-b:a", "48k", "-f", "mp3", "pipe:1"))
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

    @Override
    public void close() {
        server.stop(0);
        encoders.forEach(Process::destroyForcibly);
    }
}
