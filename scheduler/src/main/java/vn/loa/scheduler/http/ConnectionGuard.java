package vn.loa.scheduler.http;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.config.Safeguards;

/**
 * Keeps one client from holding the server's connections (issue 15): at most
 * {@code http.max-connections-per-address} open connections per address (a trusted reverse proxy is
 * exempt), a request's headers must arrive within {@code http.header-timeout-seconds} of the connection
 * opening or of the previous answer, and its body within {@code http.body-timeout-seconds} (program
 * uploads and imports: {@code http.upload-timeout-seconds}). Silent connections are closed by the
 * server's idle timeout, which is longer than the longest long poll.
 */
final class ConnectionGuard {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);

    private final Vertx vertx;
    private final Safeguards limits;
    private final Map<String, AtomicInteger> open = new ConcurrentHashMap<>();
    private final Map<String, Long> lastWarned = new ConcurrentHashMap<>();
    /** Per connection: the timer waiting for its next request's headers. */
    private final Map<HttpConnection, Long> awaitingHeaders = new ConcurrentHashMap<>();
    /** Connections open now, a trusted proxy's included (for the metrics). */
    private final AtomicInteger connections = new AtomicInteger();

    ConnectionGuard(Vertx vertx, Safeguards limits) {
        this.vertx = vertx;
        this.limits = limits;
    }

    void connected(HttpConnection connection) {
        String address = connection.remoteAddress() == null ? "unknown" : connection.remoteAddress().hostAddress();
        AtomicInteger count = limits.trustedProxies().trusts(address) ? null : open.computeIfAbsent(address, a -> new AtomicInteger());
        if (count != null && count.incrementAndGet() > limits.maxConnectionsPerAddress()) {
            count.decrementAndGet();
            long now = System.nanoTime();
            Long last = lastWarned.get(address);
            if (last == null || now - last > 60_000_000_000L) {
                // once a minute per address: a flood must not fill the log as well
                lastWarned.put(address, now);
                LOG.warn("[http] refusing connections from {}: {} open already", address, limits.maxConnectionsPerAddress());
            }
            connection.close();
            return;
        }
        connections.incrementAndGet();
        connection.closeHandler(v -> {
            connections.decrementAndGet();
            if (count != null && count.decrementAndGet() <= 0) {
                open.remove(address, count);
            }
            Long pending = awaitingHeaders.remove(connection);
            if (pending != null) {
                vertx.cancelTimer(pending);
            }
        });
        connection.exceptionHandler(e -> LOG.debug("[http] connection from {}: {}", address, e.toString()));
        awaitHeaders(connection);
    }

    int openConnections() {
        return connections.get();
    }

    /** Called as each request's headers have arrived. */
    void requestStarted(HttpServerRequest request) {
        HttpConnection connection = request.connection();
        Long timer = awaitingHeaders.remove(connection);
        if (timer != null) {
            vertx.cancelTimer(timer);
        }
        long bodyTimer = -1;
        // a request without Content-Length or Transfer-Encoding has no body to wait for (an agent's poll)
        boolean hasBody = request.headers().contains("Content-Length") || request.headers().contains("Transfer-Encoding");
        if (hasBody && !request.isEnded()) {
            boolean file = request.path().equals(ProgramUploadRoute.PATH) || request.path().startsWith(BodyLimits.IMPORTS_PREFIX);
            long seconds = file ? limits.uploadTimeoutSeconds() : limits.bodyTimeoutSeconds();
            bodyTimer = vertx.setTimer(seconds * 1000, t -> {
                // an answered request awaits no body: the access gate pauses each request while it finds the
                // caller, and a GET it answered may never have its end read — its kept-alive connection stays
                if (!request.isEnded() && !request.response().ended()) {
                    LOG.info("[http] closed a connection from {}: the body of {} {} took over {} s",
                            request.remoteAddress(), request.method(), request.path(), seconds);
                    connection.close();
                }
            });
        }
        // answered: the body timer goes now, not when it would have fired; until then it holds the whole request,
        // and a busy server's agents make tens of thousands of requests a second (a minute of them is gigabytes)
        long answeredTimer = bodyTimer;
        request.response().endHandler(v -> {
            if (answeredTimer >= 0) {
                vertx.cancelTimer(answeredTimer);
            }
            awaitHeaders(connection);
        });
    }

    private void awaitHeaders(HttpConnection connection) {
        long timer = vertx.setTimer(limits.headerTimeoutSeconds() * 1000, t -> {
            if (awaitingHeaders.remove(connection) != null) {
                LOG.debug("[http] closed a connection from {}: no request within {} s", connection.remoteAddress(),
                        limits.headerTimeoutSeconds());
                connection.close();
            }
        });
        Long previous = awaitingHeaders.put(connection, timer);
        if (previous != null) {
            vertx.cancelTimer(previous);
        }
    }
}
