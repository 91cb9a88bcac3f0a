package vn.loa.scheduler.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.domain.Heartbeat;
import vn.loa.scheduler.domain.ScheduledItem;

/** What the agent protocol reads and writes: published schedules, heartbeats and as-run records. */
public interface AgentReportRepository {

    /** Published items of one station for the days {@code from} to {@code to} inclusive, in order. */
    List<ScheduledItem> scheduleItems(long stationId, LocalDate from, LocalDate to);

    /**
     * Items of those days withdrawn once their time had come (id and reason): an agent airing one stops
     * it and says why.
     */
    java.util.Map<Long, String> withdrawnItems(long stationId, LocalDate from, LocalDate to);

    /** Notes that the station's agent has now received the notice items of those days. */
    void markNoticesDelivered(long stationId, LocalDate from, LocalDate to, Instant now);

    void appendHeartbeat(long stationId, Heartbeat heartbeat, Instant receivedAt);

    /** The station's newest heartbeats, newest first, with when each arrived. */
    List<java.util.Map.Entry<Instant, Heartbeat>> heartbeats(long stationId, int limit);

    /** Which campaign or notice a published item of the station was for; null when the item is gone. */
    record Attribution(Long campaignId, Long noticeId) {
    }

    Attribution attribution(long stationId, long itemId);

    /**
     * Stores the record unless the station already sent this sequence number, and counts it in its
     * day's roll-up (airing_daily); true when stored now.
     */
    boolean insertAsRunIfAbsent(long stationId, AsRunRecord record, Instant receivedAt);

    /** Records received, the highest sequence, and up to {@code limit} missing sequence numbers below it. */
    record SequenceState(int received, long lastSequence, List<Long> missing) {
    }

    SequenceState sequences(long stationId, int limit);

    /** The station's as-run records in sequence order. */
    List<AsRunRecord> asRunOf(long stationId);
}
