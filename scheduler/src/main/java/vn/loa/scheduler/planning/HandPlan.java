package vn.loa.scheduler.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One station's share of the planners' {@link Directions}, asked day by day: whether the day is off,
 * which airings have fixed times (hand edits first, then recurring slots) and which are removed by hand.
 */
final class HandPlan {

    private final List<Directions.DayOff> daysOff;
    private final List<Directions.Slot> slots;
    private final List<Directions.Edit> edits;
    private final int separationSeconds;

    HandPlan(long stationId, Directions directions) {
        this.daysOff = directions.daysOff().stream().filter(d -> d.stationId() == stationId).toList();
        this.slots = directions.slots().stream().filter(s -> s.stationIds().contains(stationId))
                .sorted(Comparator.comparingLong(Directions.Slot::id)).toList();
        this.edits = directions.edits().stream().filter(e -> e.stationId() == stationId)
                .sorted(Comparator.comparingLong(Directions.Edit::id)).toList();
        this.separationSeconds = directions.separationSeconds().getOrDefault(stationId, 0);
    }

    /** The day off, a pause winning over a holiday when both fall on one day. */
    Optional<Directions.DayOff> dayOff(LocalDate day) {
        return daysOff.stream().filter(d -> d.day().equals(day))
                .max(Comparator.comparing(Directions.DayOff::pause));
    }

    int separationSeconds() {
        return separationSeconds;
    }

    /**
     * The day's hand-placed airings and recurring slots, each at its time: left out when it starts in the
     * frozen past (published already, it is among the frozen items) or would overlap something placed
     * before it (urgent notices, the frozen past, an earlier edit or slot).
     */
    List<FixedItem> fixedOn(LocalDate day, Map<Long, PlanningInput.Program> programs, List<Span> taken, int packFrom) {
        List<FixedItem> placed = new ArrayList<>();
        List<Span> busy = new ArrayList<>(taken);
        for (Directions.Edit e : edits) {
            if (e.day().equals(day) && e.atSecond() != null && e.kind() != Directions.EditKind.REMOVE) {
                add(placed, busy, packFrom, programs.get(e.programId()), e.atSecond(), e.campaignId(),
                        "sửa tay #" + e.id() + (e.reason() == null ? "" : ": " + e.reason()));
            }
        }
        for (Directions.Slot s : slots) {
            if (s.fallsOn(day)) {
                add(placed, busy, packFrom, programs.get(s.programId()), s.startMinute() * 60, null,
                        "giờ cố định #" + s.id() + ": " + s.name());
            }
        }
        placed.sort(Comparator.comparingInt(FixedItem::start));
        return placed;
    }

    private static void add(List<FixedItem> placed, List<Span> busy, int packFrom, PlanningInput.Program program,
                            int start, Long campaignId, String reason) {
        if (program == null || start < packFrom) {
            return;
        }
        int end = start + StationPlanner.seconds(program);
        if (end > 86_400 || busy.stream().anyMatch(b -> b.overlaps(start, end - start))) {
            return;
        }
        busy.add(new Span(start, end));
        placed.add(new FixedItem(start, end, program, campaignId, null, reason));
    }

    /** The day's removals by hand: each takes one airing of its program away from its campaign's demand. */
    List<Directions.Edit> removalsOn(LocalDate day) {
        return edits.stream().filter(e -> e.day().equals(day) && e.kind() == Directions.EditKind.REMOVE).toList();
    }
}
