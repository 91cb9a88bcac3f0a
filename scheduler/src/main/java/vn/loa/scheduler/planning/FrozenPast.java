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

    /** A frozen item's time in seconds of its local day, as the packer and the notice placer count time. */
    record Stretch(int start, int end, long programId, boolean notice) {
    }

    /** The day's frozen items as stretches of the day, in time order. */
    List<Stretch> stretches(LocalDate day) {
        long dayStart = ZonedDateTime.of(day, LocalTime.MIDNIGHT, zone).toEpochSecond();
        List<Stretch> stretches = new ArrayList<>();
        for (PlannedItem i : on(day)) {
            int start = (int) (i.plannedStart().getEpochSecond() - dayStart);
            stretches.add(new Stretch(start, start + (int) ((i.durationMillis() + 999) / 1000), i.programId(),
                    i.noticeId() != null));
        }
        return stretches;
    }
}
