package vn.loa.scheduler.agents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.loa.scheduler.store.Store;

/**
 * The ETag each station's schedule answer had when it was last built, per way of asking, so that a poll
 * naming it is answered "unchanged" (304) from memory, without reading or hashing the schedule. Everything the
 * answer is made of moves a row of V30's {@code schedule_version} (by trigger); any such commit in this
 * process forgets every tag, and the next poll of each station builds its answer once more.
 *
 * <p>Another process's writes (another instance, a command run beside the server) are heard by the change sweep
 * within a second ({@code ChangeSweep} calls {@link #forgetAll}); a tag is believed for {@link #LIFE} at most
 * all the same, should the sweep ever fall silent.
 *
 * <p>A tag is kept only if nothing changed while its answer was built ({@link #generation()} is read before):
 * otherwise an answer read before a change could stand for one after it.
 */
public final class ScheduleTags {

    /** Beyond this many (stations times ways of asking), the tags start again empty rather than grow without bound. */
    private static final int MOST = 200_000;
    static final Duration LIFE = Duration.ofMinutes(5);

    private record Asked(long stationId, LocalDate from, LocalDate to) {
    }

    /**
     * {@code firstStarts}, {@code firstEnds}: the instants (epoch milliseconds) the first day the answer held began and
     * ends at the station; with {@code from} not given, the answer is the poll's while now falls in that day.
     */
    private record Tag(String etag, long firstStarts, long firstEnds, long generation, long bornNanos) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Map<Asked, Tag> tags = new ConcurrentHashMap<>();

    public ScheduleTags(Store store) {
        store.watch(Set.of("schedule_version"), this::forgetAll);
    }

    /** Read before building an answer, and given back to {@link #keep}. */
    public long generation() {
        return generation.get();
    }

    /** The ETag the station's answer has now, or null when it must be built. */
    public String current(long stationId, LocalDate from, LocalDate to, Instant now) {
        Tag tag = tags.get(new Asked(stationId, from, to));
        if (tag == null || tag.generation() != generation.get() || System.nanoTime() - tag.bornNanos() > LIFE.toNanos()) {
            return null;
        }
        // "from today" moves at the station's midnight (compared as instants: a zone's rules are not looked up per poll)
        long at = now.toEpochMilli();
        if (from == null && (at < tag.firstStarts() || at >= tag.firstEnds())) {
            return null;
        }
        return tag.etag();
    }

    public void keep(long stationId, LocalDate from, LocalDate to, StationAgents.Schedule built, String etag, long builtAt) {
        if (builtAt != generation.get()) {
            return;
        }
        if (tags.size() >= MOST) {
            tags.clear();
        }
        ZoneId zone = ZoneId.of(built.timeZone());
        tags.put(new Asked(stationId, from, to), new Tag(etag, built.from().atStartOfDay(zone).toInstant().toEpochMilli(),
                built.from().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli(), builtAt, System.nanoTime()));
    }

    /** Forgets every tag: something an answer holds changed (here, or heard by the change sweep). */
    public void forgetAll() {
        generation.incrementAndGet();
        tags.clear();
    }
}
