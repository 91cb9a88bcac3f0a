package vn.loa.scheduler.http;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-sent events for the console: once a second at most, the topics of the {@link LiveFeed} that
 * changed (more than {@value #MOST} at once read as "*", everything), a comment every 20 s so proxies and
 * the idle timeout keep the stream open, and the end after {@code max_seconds} (300 by default): the
 * browser's EventSource opens it again at once, and the session is checked anew each time.
 */
final class EventStreamRoute {

    private static final int MOST = 100;

    private final LiveFeed feed;
    private final HeldRequests held;

    EventStreamRoute(LiveFeed feed, HeldRequests held) {
        this.feed = feed;
        this.held = held;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("streamEvents").addHandler(this::stream);
    }

    private void stream(RoutingContext rc) {
        String asked = rc.queryParams().get("max_seconds");
        long seconds = asked == null ? 300 : Long.parseLong(asked);
        HttpServerResponse response = rc.response().setChunked(true)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                // each event must leave at once: no gzip buffering, no proxy buffering
                .putHeader("Content-Encoding", "identity")
                .putHeader("X-Accel-Buffering", "no");
        response.write("retry: 3000\n\n");
        Set<String> pending = ConcurrentHashMap.newKeySet();
        Runnable stop = feed.subscribe(pending::add);
        var vertx = rc.vertx();
        long flush = vertx.setPeriodic(1000, t -> {
            if (pending.isEmpty() || response.ended() || response.writeQueueFull()) {
                return;
            }
            List<String> topics = new ArrayList<>(pending);
            pending.removeAll(topics);
            JsonArray data = topics.size() > MOST ? new JsonArray().add("*") : new JsonArray(topics);
            response.write("event: change\ndata: " + data.encode() + "\n\n");
        });
        long ping = vertx.setPeriodic(20_000, t -> {
            if (!response.ended()) {
                response.write(": ping\n\n");
            }
        });
        long end = vertx.setTimer(seconds * 1000, t -> {
            if (!response.ended()) {
                response.end();
            }
        });
        // a stopping server ends the stream now: the browser opens it again, of an instance still running
        Runnable release = held.hold(() -> {
            if (!response.ended()) {
                response.end();
            }
        });
        Runnable close = () -> {
            release.run();
            stop.run();
            vertx.cancelTimer(flush);
            vertx.cancelTimer(ping);
            vertx.cancelTimer(end);
        };
        response.closeHandler(v -> close.run());
        response.endHandler(v -> close.run());
    }
}
