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
    /**
     * How often the connections' deadlines are looked at: a connection is closed within this much after its
     * deadline. One sweep for all, not a timer set and cancelled per request: a busy server's agents make tens of
     * thousands of requests a second, and the timers cost a tenth of answering a poll (issue 21).
     */
    static final long SWEEP_MILLIS = 250;
    private static final long NEVER = Long.MAX_VALUE;

    private final Vertx vertx;
    private final Safeguards limits;
    private final Map<String, AtomicInteger> open = new ConcurrentHashMap<>();
    private final Map<String, Long> lastWarned = new ConcurrentHashMap<>();
    /** Per open connection: what it is awaiting, and until when. */
    private final Map<HttpConnection, Deadline> deadlines = new ConcurrentHashMap<>();
    /** Connections open now, a trusted proxy's included (for the metrics). */
    private final AtomicInteger connections = new AtomicInteger();
    private final long sweep;

    /**
     * What a connection waits for: the next request's headers, or the body of the request being read ({@code body}
     * set); {@code NEVER} while a request is being answered (a long poll waits its own time).
     */
    private static final class Deadline {
        volatile long atNanos;
        volatile HttpServerRequest body;
    }

    ConnectionGuard(Vertx vertx, Safeguards limits) {
        this.vertx = vertx;
        this.limits = limits;
        this.sweep = vertx.setPeriodic(SWEEP_MILLIS, t -> closeOverdue(System.nanoTime()));
    }

    /** Stops looking at deadlines (the server is stopping). */
    void close() {
        vertx.cancelTimer(sweep);
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
        Deadline deadline = new Deadline();
        awaitHeaders(deadline);
        deadlines.put(connection, deadline);
        connection.closeHandler(v -> {
            connections.decrementAndGet();
            if (count != null && count.decrementAndGet() <= 0) {
                open.remove(address, count);
            }
            deadlines.remove(connection);
        });
        connection.exceptionHandler(e -> LOG.debug("[http] connection from {}: {}", address, e.toString()));
    }

    int openConnections() {
        return connections.get();
    }

    /** Called as each request's headers have arrived. */
    void requestStarted(HttpServerRequest request) {
        Deadline deadline = deadlines.get(request.connection());
        if (deadline == null) {
            return;
        }
        // a request without Content-Length or Transfer-Encoding has no body to wait for (an agent's poll)
        boolean hasBody = request.headers().contains("Content-Length") || request.headers().contains("Transfer-Encoding");
        if (hasBody && !request.isEnded()) {
            boolean file = request.path().equals(ProgramUploadRoute.PATH) || request.path().startsWith(BodyLimits.IMPORTS_PREFIX);
            long seconds = file ? limits.uploadTimeoutSeconds() : limits.bodyTimeoutSeconds();
            deadline.body = request;
            deadline.atNanos = System.nanoTime() + seconds * 1_000_000_000L;
        } else {
            deadline.atNanos = NEVER;
        }
        // answered: the next request's headers are awaited (the body's wait goes with the answer)
        request.response().endHandler(v -> awaitHeaders(deadline));
    }

    private void awaitHeaders(Deadline deadline) {
        deadline.body = null;
        deadline.atNanos = System.nanoTime() + limits.headerTimeoutSeconds() * 1_000_000_000L;
    }

    private void closeOverdue(long now) {
        deadlines.forEach((connection, deadline) -> {
            if (now - deadline.atNanos < 0) {
                return;
            }
            HttpServerRequest request = deadline.body;
            if (request == null) {
                LOG.debug("[http] closed a connection from {}: no request within {} s", connection.remoteAddress(),
                        limits.headerTimeoutSeconds());
            } else if (request.isEnded() || request.response().ended()) {
                // an answered request awaits no body: the access gate pauses each request while it finds the caller,
                // and a GET it answered may never have its end read — its kept-alive connection stays
                deadline.atNanos = NEVER;
                return;
            } else {
                LOG.info("[http] closed a connection from {}: the body of {} {} took longer than allowed",
                        request.remoteAddress(), request.method(), request.path());
            }
            deadlines.remove(connection);
            connection.close();
        });
    }
}
