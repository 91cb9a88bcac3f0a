package vn.loa.scheduler.publishing;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Which stations' published schedules changed, and who is waiting to hear it: online agents hold a
 * long poll here, so an urgent notice reaches them within seconds, not at their next poll. A station's
 * version names this server run, so after a restart every agent pulls once to be sure. In memory: the
 * published schedule in the store stays the truth; this only says when to look. Told by {@link ChangeSweep},
 * which hears a change made on any instance.
 */
public final class ScheduleChanges {

    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong sequence = new AtomicLong();
    private final Map<Long, Long> lastChange = new ConcurrentHashMap<>();
    private final Map<Long, Set<Consumer<String>>> waiting = new ConcurrentHashMap<>();

    /** The station's schedule version as this run knows it. */
    public String version(long stationId) {
        return run + "." + lastChange.getOrDefault(stationId, 0L);
    }

    /** Called after the changed days are committed. */
    public void changed(Collection<Long> stationIds) {
        long next = sequence.incrementAndGet();
        for (long id : stationIds) {
            lastChange.put(id, next);
            Set<Consumer<String>> waiters = waiting.remove(id);
            if (waiters != null) {
                String version = version(id);
                waiters.forEach(w -> w.accept(version));
            }
        }
    }

    /**
     * Calls {@code onChange} once, with the new version, when the station's schedule changes after now
     * (or at once if it is already past {@code known}). Returns what cancels the wait.
     */
    public Runnable await(long stationId, String known, Consumer<String> onChange) {
        Set<Consumer<String>> waiters = waiting.computeIfAbsent(stationId, id -> ConcurrentHashMap.newKeySet());
        waiters.add(onChange);
        // a change between the caller's check and the registration above is not lost
        if (!version(stationId).equals(known) && waiters.remove(onChange)) {
            onChange.accept(version(stationId));
        }
        return () -> {
            Set<Consumer<String>> current = waiting.get(stationId);
            if (current != null) {
                current.remove(onChange);
            }
        };
    }

    /** How many long polls are held now (for the heartbeat of the server itself, and tests). */
    public int waiting() {
        return waiting.values().stream().mapToInt(Set::size).sum();
    }
}
