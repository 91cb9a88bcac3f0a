package vn.loa.scheduler.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What just changed, for the console pages open now: topics such as {@code station:12} (a heartbeat, an
 * airing reported, a schedule fetched) and {@code notices} (a notice issued, cancelled, received or aired).
 * Only names of things, never their content: a page that hears one fetches what it shows through the API,
 * which checks the user's scope as always. In this process only (see docs/decisions.md for several instances).
 */
final class LiveFeed {

    private final Set<Consumer<String>> listeners = ConcurrentHashMap.newKeySet();

    /** From any thread; listeners must not block. */
    void publish(String topic) {
        listeners.forEach(l -> l.accept(topic));
    }

    /** Returns what stops the listening. */
    Runnable subscribe(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    int listening() {
        return listeners.size();
    }
}
