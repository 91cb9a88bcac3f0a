package vn.loa.scheduler.http;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The requests the server holds open on purpose: agents' long polls and the console's event streams. When
 * the server stops they are ended at once (a long poll hears "no change", a stream ends), so the agent or
 * the browser asks again at once, of another instance behind the proxy, instead of the stopping one
 * waiting out its grace period for answers that would only come at the end of the wait. Used on the
 * server verticle's own event loop.
 */
final class HeldRequests {

    private final Set<Runnable> held = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    /**
     * Holds a request until {@code endNow} is run or the returned release is; once the server is stopping,
     * the request is ended at once instead.
     */
    Runnable hold(Runnable endNow) {
        if (stopping) {
            endNow.run();
            return () -> { };
        }
        held.add(endNow);
        return () -> held.remove(endNow);
    }

    /** Ends every held request and each one held from now on. */
    void endAll() {
        stopping = true;
        for (Runnable endNow : List.copyOf(held)) {
            endNow.run();
        }
        held.clear();
    }
}
