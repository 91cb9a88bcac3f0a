package vn.loa.scheduler.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** One station's frozen past (see {@link PlanningInput.Frozen}), asked day by day. */
final class FrozenPast {

    /** A notice occurrence not published yet is still placed this long after its time (the ASAP notice). */
    private static final long NEW_NOTICE_GRACE_SECONDS = 60;

    private final PlanningInput.Frozen bounds;
    private final List<PlannedItem> items;
    private final ZoneId zone;
    private final Set<Long> publishedNotices;

    FrozenPast(PlanningInput.Frozen bounds, List<PlannedItem> items, ZoneId zone) {
        this.bounds = bounds;
        this.items = items.stream().sorted(Comparator.comparing(PlannedItem::plannedStart)).toList();
        this.zone = zone;
        this.publishedNotices = items.stream().filter(i -> i.noticeId() != null).map(PlannedItem::noticeId)
                .collect(Collectors.toSet());
    }

    /** The frozen items of a day, in time order. */
    List<PlannedItem> on(LocalDate day) {
        return items.stream().filter(i -> i.day().equals(day)).toList();
    }

    /** Frozen campaign items of days before {@code day}: they count towards its week. */
    List<PlannedItem> before(LocalDate day) {
        return items.stream().filter(i -> i.day().isBefore(day) && i.campaignId() != null).toList();
    }

    /** Seconds of the day before which nothing new is packed: 0 when nothing is frozen that day. */
    int packFromSecond(LocalDate day) {
        if (!bounds.any()) {
            return 0;
        }
        Instant dayStart = ZonedDateTime.of(day, LocalTime.MIDNIGHT, zone).toInstant();
        long seconds = bounds.until().getEpochSecond() - dayStart.getEpochSecond();
        return (int) Math.max(0, Math.min(seconds, 86_400));
    }

    /**
     * Whether an urgent notice occurrence at {@code start} is to be placed: always after the frozen
     * past; inside it only when the notice has nothing published at this station yet (it is being
     * issued now) and its time has not long passed.
     */
    boolean placesNotice(long noticeId, Instant start) {
        if (!bounds.any() || !start.isBefore(bounds.until())) {
            return true;
        }
        return !publishedNotices.contains(noticeId)
                && !start.isBefore(bounds.now().minusSeconds(NEW_NOTICE_GRACE_SECONDS));
    }

    /** The frozen notice airings of a day as fixed stretches, so a new notice airs after them, not over them. */
    List<int[]> noticeStretches(LocalDate day) {
        List<int[]> stretches = new ArrayList<>();
        Instant dayStart = ZonedDateTime.of(day, LocalTime.MIDNIGHT, zone).toInstant();
        for (PlannedItem i : on(day)) {
            if (i.noticeId() != null) {
                int start = (int) (i.plannedStart().getEpochSecond() - dayStart.getEpochSecond());
                stretches.add(new int[] {start, start + (int) ((i.durationMillis() + 999) / 1000)});
            }
        }
        return stretches;
    }
}
