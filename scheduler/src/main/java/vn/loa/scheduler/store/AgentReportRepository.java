package vn.loa.scheduler.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.domain.Heartbeat;
import vn.loa.scheduler.domain.ScheduledItem;

/** What the agent protocol reads and writes: published schedules, heartbeats and as-run records. */
public interface AgentReportRepository {

    /** Published items of one station for the days {@code from} to {@code to} inclusive, in order. */
    List<ScheduledItem> scheduleItems(long stationId, LocalDate from, LocalDate to);

    /** The last day the station has a published schedule for (empty or not); empty when none is published. */
    Optional<LocalDate> lastPublishedDay(long stationId);

    /**
     * Items of those days withdrawn once their time had come (id and reason): an agent airing one stops
     * it and says why.
     */
    Map<Long, String> withdrawnItems(long stationId, LocalDate from, LocalDate to);

    /** Notes that the station's agent has now received the notice items of those days. */
    void markNoticesDelivered(long stationId, LocalDate from, LocalDate to, Instant now);

    void appendHeartbeat(long stationId, long siteId, Heartbeat heartbeat, Instant receivedAt);

    /** The station's newest heartbeats, newest first, with when each arrived. */
    List<Map.Entry<Instant, Heartbeat>> heartbeats(long stationId, int limit);

    /** Each site's newest heartbeat, by site id (a site never heard from is absent). */
    Map<Long, Heartbeat> latestPerSite(long stationId);

    /**
     * What a published item of the station was: which campaign or notice it was for, its program and
     * length; null when the station never had such an item.
     */
    record Attribution(Long campaignId, Long noticeId, long programId, long durationMillis) {
    }

    Attribution attribution(long stationId, long itemId);

    /** Whether a program, campaign or urgent notice of this id exists (ids an agent names without an item). */
    boolean programExists(long id);

    boolean campaignExists(long id);

    boolean noticeExists(long id);

    /** Whether a published relay is one of the station's. */
    boolean relayBelongsTo(long relayId, long stationId);

    /** What storing a record did. */
    enum Insertion {
        /** New to the server: stored and counted. */
        STORED,
        /** The same record again (a resend): already held, nothing changed. */
        HELD,
        /** A different record under a key the server holds: refused, the stored one stays. */
        CONFLICT
    }

    /**
     * Stores the record under (station, enrolment, sequence) and counts it in its day's and month's
     * roll-ups, unless that key is held: then says whether the record held is the same one.
     */
    Insertion insertAsRun(long stationId, long siteId, long enrolmentId, AsRunRecord record, Instant receivedAt);

    /** The same for a batch of one enrolment's records: roll-ups and sequences are written when it is finished. */
    AsRunBatch asRunBatch(long stationId, long siteId, long enrolmentId);

    /** Records stored one after another in one transaction; {@link #finish()} before it commits. */
    interface AsRunBatch {
        /** As {@link #insertAsRun}: the record's row is written at once, what it adds to the roll-ups at the finish. */
        Insertion insert(AsRunRecord record, Instant receivedAt);

        /**
         * As {@link #insert} for each record in turn (the answers in the records' order), their rows written with one
         * statement per hundred.
         */
        List<Insertion> insertAll(List<AsRunRecord> records, Instant receivedAt);

        void finish();
    }

    /** The highest sequence any enrolment of the station has delivered (0 for none). */
    long highestSequence(long stationId);

    /** One enrolment's delivery: records received and the lowest and highest sequence. */
    record Enrolment(long enrolmentId, long received, long firstSequence, long lastSequence) {
    }

    /** Sequences {@code from}..{@code to} of an enrolment not received yet. */
    record Gap(long enrolmentId, long from, long to) {
    }

    /**
     * What a station's agents have delivered: its enrolments (oldest first) and up to {@code limit} gaps,
     * newest enrolment first, with the number of sequences missing in all of them.
     */
    record SequenceState(List<Enrolment> enrolments, List<Gap> gaps, long missingCount, int limit) {

        public long received() {
            return enrolments.stream().mapToLong(Enrolment::received).sum();
        }

        /** The highest sequence of the newest enrolment that delivered anything. */
        public long lastSequence() {
            return enrolments.isEmpty() ? 0 : enrolments.get(enrolments.size() - 1).lastSequence();
        }

        /** The first missing sequence numbers, at most {@code limit} of them, newest enrolment first. */
        public List<Long> missing() {
            List<Long> numbers = new ArrayList<>();
            for (Gap g : gaps) {
                for (long s = g.from(); s <= g.to() && numbers.size() < limit; s++) {
                    numbers.add(s);
                }
            }
            return numbers;
        }
    }

    SequenceState sequences(long stationId, int limit);

    /** The station's as-run records in enrolment and sequence order. */
    List<AsRunRecord> asRunOf(long stationId);
}
