package vn.loa.agent.playout;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import vn.loa.agent.AgentStore;
import vn.loa.agent.cache.MediaCache;
import vn.loa.agent.store.Item;

/**
 * Which urgent notice may go on air now. A due notice cuts in only once its audio is on this PC: until
 * then it waits (what airs goes on), the wait is noted for its record, and the agent is asked to fetch
 * the audio. A notice past its time ({@link Lateness}) waits no more: it is left for the playout to
 * record as missed. Thread-safe.
 */
final class NoticeGate {

    private static final Logger LOG = Logger.getLogger(NoticeGate.class.getName());

    private final AgentStore store;
    private final MediaCache cache;
    private final Lateness lateness;
    /** Notices found due without their audio, and since when (on the server's time). */
    private final Map<Long, Instant> waiting = new ConcurrentHashMap<>();
    private volatile Runnable wantAudio = () -> { };

    NoticeGate(AgentStore store, MediaCache cache, Lateness lateness) {
        this.store = store;
        this.cache = cache;
        this.lateness = lateness;
    }

    void onAudioMissing(Runnable fetchNow) {
        this.wantAudio = fetchNow;
    }

    /** Asks for the audio again (a cached copy turned out bad). */
    void fetchAgain() {
        wantAudio.run();
    }

    /** The earliest due notice (other than {@code playing}) whose audio is here, to air or to cut in. */
    Optional<Item> next(Instant now, long playing) {
        for (Item n : store.schedule().dueNotices(now, playing)) {
            if (!expired(n, now) && audioHere(n, now)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The first item to deal with, passing over due notices still waiting for their audio. */
    Item firstAirable(List<Item> items, Instant now) {
        for (Item i : items) {
            if (i.urgent() && !i.plannedStart().isAfter(now) && !expired(i, now) && !audioHere(i, now)) {
                continue;
            }
            return i;
        }
        return null;
    }

    boolean expired(Item item, Instant now) {
        return now.isAfter(lateness.lastStart(item.plannedStart(), item.durationMillis(), item.urgent()));
    }

    /** Since when the notice waited for its audio, if it did. */
    Optional<Instant> waitedSince(long itemId) {
        return Optional.ofNullable(waiting.get(itemId));
    }

    /** The item is recorded: it waits no more. */
    void done(long itemId) {
        waiting.remove(itemId);
    }

    private boolean audioHere(Item notice, Instant now) {
        if (cache.has(notice.sha256())) {
            return true;
        }
        if (waiting.putIfAbsent(notice.id(), now) == null) {
            LOG.warning("[playout] urgent notice item " + notice.id() + " is due and its audio is not here yet: waiting for it");
        }
        wantAudio.run();
        return false;
    }
}
