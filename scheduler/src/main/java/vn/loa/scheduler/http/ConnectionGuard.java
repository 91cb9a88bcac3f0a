package vn.loa.scheduler.http;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import java.util.HashMap;
import java.util.List;
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
    /** How often overdue connections are looked for: one is closed within this much after its time. */
    static final long SWEEP_MILLIS = 250;

    private final Vertx vertx;
    private final Safeguards limits;
    private final Map<String, AtomicInteger> open = new ConcurrentHashMap<>();
    private final Map<String, Long> lastWarned = new ConcurrentHashMap<>();
    /** Per open connection, its place in the line it waits in. Touched on the server's event loop only. */
    private final Map<HttpConnection, Waiting> waiting = new HashMap<>();
    private final Line awaitingHeaders;
    private final Line awaitingBody;
    private final Line awaitingUpload;
    private final List<Line> lines;
    /** Connections open now, a trusted proxy's included (for the metrics). */
    private final AtomicInteger connections = new AtomicInteger();
    private final long sweep;

    /**
     * Made on the server's event loop, where its connections' events and its sweep then run: the lines below are
     * not shared between threads.
     */
    ConnectionGuard(Vertx vertx, Safeguards limits) {
        this.vertx = vertx;
        this.limits = limits;
        this.awaitingHeaders = new Line(limits.headerTimeoutSeconds());
        this.awaitingBody = new Line(limits.bodyTimeoutSeconds());
        this.awaitingUpload = new Line(limits.uploadTimeoutSeconds());
        this.lines = List.of(awaitingHeaders, awaitingBody, awaitingUpload);
        this.sweep = vertx.setPeriodic(SWEEP_MILLIS, t -> closeOverdue(System.nanoTime()));
    }

    /** Stops looking for overdue connections (the server is stopping). */
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
        Waiting wait = new Waiting(connection);
        waiting.put(connection, wait);
        awaitingHeaders.join(wait, System.nanoTime());
        connection.closeHandler(v -> {
            connections.decrementAndGet();
            if (count != null && count.decrementAndGet() <= 0) {
                open.remove(address, count);
            }
            waiting.remove(connection);
            wait.leave();
        });
        connection.exceptionHandler(e -> LOG.debug("[http] connection from {}: {}", address, e.toString()));
    }

    int openConnections() {
        return connections.get();
    }

    /** Called as each request's headers have arrived. */
    void requestStarted(HttpServerRequest request) {
        Waiting wait = waiting.get(request.connection());
        if (wait == null) {
            return;
        }
        wait.leave();
        // a request without Content-Length or Transfer-Encoding has no body to wait for (an agent's poll); one with a
        // body waits in the body's line, the others wait in none while they are answered (a long poll its own time)
        boolean hasBody = request.headers().contains("Content-Length") || request.headers().contains("Transfer-Encoding");
        if (hasBody && !request.isEnded()) {
            boolean file = request.path().equals(ProgramUploadRoute.PATH) || request.path().startsWith(BodyLimits.IMPORTS_PREFIX);
            wait.body = request;
            (file ? awaitingUpload : awaitingBody).join(wait, System.nanoTime());
        }
        // answered: the next request's headers are awaited (and the body's wait goes with the answer)
        request.response().endHandler(v -> {
            wait.leave();
            awaitingHeaders.join(wait, System.nanoTime());
        });
    }

    private void closeOverdue(long now) {
        for (Line line : lines) {
            Waiting overdue;
            while ((overdue = line.overdue(now)) != null) {
                HttpServerRequest request = overdue.body;
                overdue.leave();
                if (request == null) {
                    LOG.debug("[http] closed a connection from {}: no request within {} s", overdue.connection.remoteAddress(),
                            line.limitSeconds);
                } else if (request.isEnded() || request.response().ended()) {
                    // its body has come, or it was answered without it: the access gate pauses each request while it finds
                    // the caller, and a GET it answered may never have its end read — its kept-alive connection stays
                    continue;
                } else {
                    LOG.info("[http] closed a connection from {}: the body of {} {} took over {} s",
                            request.remoteAddress(), request.method(), request.path(), line.limitSeconds);
                }
                overdue.connection.close();
            }
        }
    }

    /** A connection in a line: what it waits for is its line's; {@code body}, the request whose body is awaited. */
    private static final class Waiting {
        final HttpConnection connection;
        HttpServerRequest body;
        long since;
        Line line;
        Waiting before;
        Waiting after;

        Waiting(HttpConnection connection) {
            this.connection = connection;
        }

        /** Out of its line, awaiting nothing (a body awaited is a wait of its line's). */
        void leave() {
            if (line != null) {
                line.remove(this);
            }
            body = null;
        }
    }

    /**
     * Connections waiting under one time limit, in the order they began: so the first is always the first overdue.
     * A request joins and leaves in constant time and the sweep looks only at the overdue ones; a timer per request
     * cost a tenth of answering an agent's poll (issue 21), and looking at every connection each sweep as much again.
     */
    private static final class Line {
        final long limitSeconds;
        private final long limitNanos;
        private Waiting first;
        private Waiting last;

        Line(long limitSeconds) {
            this.limitSeconds = limitSeconds;
            this.limitNanos = limitSeconds * 1_000_000_000L;
        }

        void join(Waiting wait, long now) {
            wait.line = this;
            wait.since = now;
            wait.before = last;
            wait.after = null;
            if (last == null) {
                first = wait;
            } else {
                last.after = wait;
            }
            last = wait;
        }

        void remove(Waiting wait) {
            if (wait.before == null) {
                first = wait.after;
            } else {
                wait.before.after = wait.after;
            }
            if (wait.after == null) {
                last = wait.before;
            } else {
                wait.after.before = wait.before;
            }
            wait.line = null;
            wait.before = null;
            wait.after = null;
        }

        /** The first in line if its time is up, else null. */
        Waiting overdue(long now) {
            return first != null && now - first.since - limitNanos >= 0 ? first : null;
        }
    }
}
