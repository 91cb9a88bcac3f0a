package vn.loa.scheduler.domain.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One day across a scope, as the console's dashboard shows it: schedule items planned and already due,
 * the as-run outcomes reported so far (a played one is an airing, DESIGN §7, the same count the
 * frequency report gives for the day), the urgent notices with items that day, and the stations of the
 * scope with how many have never been heard from (no agent installed yet: their items go unreported but
 * they are not "silent", which only a station once heard from can become).
 *
 * @param outcomes records per outcome name ({@code played}, {@code partial}, …), absent outcomes omitted
 */
public record DaySummary(LocalDate day, int planned, int due, Map<String, Integer> outcomes, List<NoticeProgress> notices,
                         int stations, int neverConnected) {

    /** An urgent notice's airings that day within the scope. */
    public record NoticeProgress(long id, String title, Instant issuedAt, int stations, int items, int due, int played) {

        /** Some of its items are still to air or have aired without every due one played yet. */
        public boolean inProgress() {
            return due < items || played < due;
        }
    }

    public int outcome(String name) {
        return outcomes.getOrDefault(name, 0);
    }
}
