package vn.loa.scheduler.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Stamps when a request arrived, before anything else works on it (the access gate reads the store, the
 * body is read): an agent measures its clock against this and the time the answer leaves, as NTP does,
 * so the server's own work does not bias the offset.
 */
final class ReceivedAt implements Handler<RoutingContext> {

    static final String KEY = "loa.received-at";

    private final Clock clock;

    ReceivedAt(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void handle(RoutingContext rc) {
        rc.put(KEY, clock.instant());
        rc.next();
    }

    static Instant of(RoutingContext rc) {
        Instant at = rc.get(KEY);
        return at != null ? at : Instant.EPOCH;
    }
}
