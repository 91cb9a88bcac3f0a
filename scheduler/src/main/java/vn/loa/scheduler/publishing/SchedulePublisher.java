package vn.loa.scheduler.publishing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.planning.Plan;
import vn.loa.scheduler.planning.PlannedItem;
import vn.loa.scheduler.planning.PlannedRelay;
import vn.loa.scheduler.planning.PlanningEngine;
import vn.loa.scheduler.planning.PlanningInput;
import vn.loa.scheduler.store.PlanningRepository;
import vn.loa.scheduler.store.Store;

/**
 * Plans the horizon from today and publishes it: every (station, day) whose content changed gets the
 * new items, a new version and a new ETag; an unchanged day keeps both, so agents see 304. Blocking;
 * thread-safe (publishing runs one at a time).
 *
 * <p>The past is frozen: every published item whose planned start is before now plus the lead time
 * ({@code planning.freeze-lead-seconds}, long enough for an agent that polls every minute to hear of a
 * change) stays exactly as it is, and only the rest of the horizon is re-planned, around it. An item
 * the new plan leaves where it was keeps its id; an item it drops is withdrawn, never deleted.
 */
public final class SchedulePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulePublisher.class);
    /** Notices older than this no longer produce airings (their repeats are over). */
    private static final Duration NOTICE_LOOKBACK = Duration.ofDays(2);

    /** What one publication did. */
    public record Result(int stationDays, int changed, int items, long millis) {
    }

    private final Store store;
    private final Clock clock;
    private final int horizonDays;
    private final ZoneId zone;
    private final Duration freezeLead;

    public SchedulePublisher(Store store, Clock clock, int horizonDays, ZoneId zone, Duration freezeLead) {
        this.store = store;
        this.clock = clock;
        this.horizonDays = horizonDays;
        this.zone = zone;
        this.freezeLead = freezeLead;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public int horizonDays() {
        return horizonDays;
    }

    /** Items starting before this instant are the frozen past: published, and kept exactly as they are. */
    public Instant frozenUntil() {
        // whole seconds: planned starts are whole seconds, so "before until" means the same in SQL text and in Java
        return clock.instant().plus(freezeLead).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The engine's input for the horizon as the store holds it now, with the published past frozen. */
    public PlanningInput input() {
        Instant now = clock.instant();
        Instant until = now.plus(freezeLead).truncatedTo(ChronoUnit.SECONDS);
        // the longest horizon any province gives its stations, at least the instance's own
        return store.read(r -> r.planning().input(today(), Math.max(horizonDays, r.settings().longestHorizonDays()),
                now.minus(NOTICE_LOOKBACK), now, until));
    }

    /** Plans the horizon and publishes what changed; one publication at a time across every instance. */
    public synchronized Result publish() {
        return store.exclusively("publish", this::publishNow);
    }

    private Result publishNow() {
        long start = System.nanoTime();
        PlanningInput input = input();
        Plan plan = PlanningEngine.plan(input);
        LocalDate last = input.firstDay().plusDays(input.days() - 1L);
        Map<String, String> published = store.read(r -> r.planning().publishedEtags(input.firstDay(), last));
        Map<Long, String> sources = store.read(r -> r.relays().sourceRevisions());
        int[] counts = new int[3];
        List<PlanningRepository.DayToPublish> changed = new ArrayList<>();
        plan.items().forEach((stationId, days) -> days.forEach((day, items) -> {
            counts[0]++;
            List<PlannedRelay> relays = plan.relaysOf(stationId, day);
            String etag = etag(items, relays, sources);
            if (!etag.equals(published.get(stationId + "/" + day))) {
                changed.add(new PlanningRepository.DayToPublish(stationId, day, items, relays, etag));
                counts[1]++;
                counts[2] += items.size();
            }
        }));
        store.write(r -> {
            r.planning().publishDays(changed, clock.instant(), input.frozen().until());
            return null;
        });
        Result result = new Result(counts[0], counts[1], counts[2], (System.nanoTime() - start) / 1_000_000);
        LOG.info("[planning] published {} station-days ({} changed, {} items) in {} ms", result.stationDays(),
                result.changed(), result.items(), result.millis());
        return result;
    }

    /** A day's ETag: a hash of exactly what an agent would air, so it changes exactly when that does. */
    public static String etag(List<PlannedItem> items) {
        return etag(items, List.of(), Map.of());
    }

    /**
     * With the day's relays and what of their sources the agent holds (address, fallback): a day without relays
     * keeps the ETag it had before relays existed.
     */
    public static String etag(List<PlannedItem> items, List<PlannedRelay> relays, Map<Long, String> sources) {
        StringBuilder content = new StringBuilder();
        for (PlannedItem i : items) {
            content.append(i.position()).append('|').append(i.plannedStart()).append('|').append(i.durationMillis())
                    .append('|').append(i.programId()).append('|').append(i.sha256()).append('|').append(i.campaignId())
                    .append('|').append(i.noticeId()).append('|').append(i.reason()).append('\n');
        }
        for (PlannedRelay r : relays) {
            content.append("relay|").append(r.plannedStart()).append('|').append(r.durationMillis()).append('|').append(r.slotId())
                    .append('|').append(r.sourceId()).append('|').append(sources.get(r.sourceId())).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
