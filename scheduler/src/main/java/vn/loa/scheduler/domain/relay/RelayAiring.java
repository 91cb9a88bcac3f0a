package vn.loa.scheduler.domain.relay;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published relay of a station's day and one record of it: a relay aired at two sites of a merged commune
 * comes twice, one with no record yet comes once with {@code outcome} null.
 *
 * @param siteId   the site whose agent recorded it (null without a record, or before sites)
 * @param outcome  an outcome's wire name, or null: not recorded
 * @param fallback 'program' or 'silence' when the fallback aired, else null
 */
public record RelayAiring(long relayId, LocalDate day, Instant plannedStart, long durationMillis, long slotId, long sourceId,
                          String sourceName, Long siteId, String outcome, double secondsHeard, int dropouts, String fallback) {

    public Instant plannedEnd() {
        return plannedStart.plusMillis(durationMillis);
    }
}
