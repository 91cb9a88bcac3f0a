package vn.loa.scheduler.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.access.Principal;

/**
 * One line per request once its answer has left: method, path (never the query string or a header, so no
 * token, cookie or password reaches the log), status, milliseconds, and the kind of caller (an agent and
 * its station, a user's id and role, or anonymous). Logger {@code loa.request}; its level is set by
 * LOA_REQUEST_LOG (INFO by default, WARN to silence it).
 */
final class RequestLog implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger("loa.request");

    @Override
    public void handle(RoutingContext rc) {
        if (LOG.isInfoEnabled()) {
            long started = System.nanoTime();
            rc.addBodyEndHandler(v -> LOG.info(line(rc.request().method().name(), rc.request().path(),
                    rc.response().getStatusCode(), (System.nanoTime() - started) / 1_000_000, rc.get(Principals.KEY))));
        }
        rc.next();
    }

    static String line(String method, String path, int status, long millis, Principal caller) {
        return String.format(Locale.ROOT, "%s %s %d %d ms %s", method, path, status, millis, kind(caller));
    }

    static String kind(Principal caller) {
        if (caller instanceof Principal.Station s) {
            return "agent " + s.stationCode() + " site " + s.siteId();
        }
        if (caller instanceof Principal.User u) {
            return "user #" + u.id() + " " + u.role().wireName();
        }
        if (caller instanceof Principal.System s) {
            return "system " + s.name();
        }
        return "anonymous";
    }
}
