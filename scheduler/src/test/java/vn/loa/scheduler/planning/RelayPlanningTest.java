package vn.loa.scheduler.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Relays (tiếp âm) in the plan: the commune's 17:00 session opens with half an hour of the provincial
 * radio, Monday to Saturday, as in the plans; programs are packed around it, the feasibility report counts
 * its minutes inside the window, an urgent notice still cuts in, and a paused station relays nothing.
 */
class RelayPlanningTest {

    private static final LocalDate MONDAY = Scenario.MONDAY;
    private static final LocalDate SUNDAY = MONDAY.plusDays(6);
    /** 06:00–06:30 and 17:00–17:45 every day. */
    private final PlanningInput.Station station = Scenario.station(1, EnumSet.allOf(DayOfWeek.class), 6 * 60, 6 * 60 + 30,
            17 * 60, 17 * 60 + 45, Set.of("vi"));
    private final List<PlanningInput.Program> programs = Scenario.programs(1, 20);
    /** Asks far more than the 75 window minutes hold: 20 programs of 3–5 minutes, twice a day. */
    private final PlanningInput.Campaign campaign = Scenario.daily(1, Priority.NORMAL, 2, Set.of(1L), Scenario.programIds(programs));
    private final PlanningInput.Relay provincial = new PlanningInput.Relay(7, 3, "Tiếp âm Đài Phát thanh tỉnh",
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), 17 * 60, 30, MONDAY, null, Set.of(1L));

    private Plan plan(List<PlanningInput.Notice> notices, Directions directions, PlanningInput.Relay... relays) {
        List<PlanningInput.Program> all = new java.util.ArrayList<>(programs);
        all.add(new PlanningInput.Program(300, "f".repeat(64), 60_000, "vi", null, null));
        return PlanningEngine.plan(new PlanningInput(MONDAY, 7, List.of(station), all, List.of(campaign), notices)
                .withDirections(directions).withRelays(List.of(relays)));
    }

    private static boolean overlaps(PlannedItem item, Instant from, Instant to) {
        return item.plannedStart().isBefore(to) && item.plannedStart().plusMillis(item.durationMillis()).isAfter(from);
    }

    @Test
    void programsArePackedAroundTheRelayAndItIsInTheStationsDay() {
        Plan plan = plan(List.of(), Directions.NONE, provincial);
        Instant from = Scenario.at(MONDAY, 17, 0);
        Instant to = Scenario.at(MONDAY, 17, 30);
        assertEquals(List.of(new PlannedRelay(1, MONDAY, 7, 3, "Tiếp âm Đài Phát thanh tỉnh", from, 30 * 60_000L)),
                plan.relaysOf(1, MONDAY));
        List<PlannedItem> monday = plan.itemsOf(1, MONDAY);
        assertTrue(monday.stream().noneMatch(i -> overlaps(i, from, to)), "nothing packed into the relay: " + monday);
        assertTrue(monday.stream().anyMatch(i -> !i.plannedStart().isBefore(to) && i.plannedStart().isBefore(Scenario.at(MONDAY, 17, 45))),
                "the rest of the session holds programs");
        assertTrue(monday.stream().anyMatch(i -> overlaps(i, Scenario.at(MONDAY, 6, 0), Scenario.at(MONDAY, 6, 30))),
                "the morning session is untouched");

        // Sunday has no relay: its whole evening session holds programs
        assertEquals(List.of(), plan.relaysOf(1, SUNDAY));
        assertTrue(plan.itemsOf(1, SUNDAY).stream().anyMatch(i -> overlaps(i, Scenario.at(SUNDAY, 17, 0), Scenario.at(SUNDAY, 17, 30))));
    }

    @Test
    void feasibilityCountsRelayMinutesInsideTheWindow() {
        Map<LocalDate, Shortfall> rows = new java.util.HashMap<>();
        plan(List.of(), Directions.NONE, provincial).feasibility().forEach(f -> rows.put(f.day(), f));
        Shortfall monday = rows.get(MONDAY);
        assertEquals(75.0, monday.availableMinutes(), 0.001);
        assertEquals(30.0, monday.relayMinutes(), 0.001);
        assertTrue(monday.plannedMinutes() <= 45.0, "programs get only what the relay leaves: " + monday);
        assertTrue(monday.plannedMinutes() > 35.0, "and they fill it: " + monday);
        assertEquals(0.0, rows.get(SUNDAY).relayMinutes(), 0.001);
        assertTrue(rows.get(SUNDAY).plannedMinutes() > 65.0, "Sunday's whole 75 minutes: " + rows.get(SUNDAY));
    }

    @Test
    void anUrgentNoticeStillCutsIntoTheRelay() {
        PlanningInput.Notice flood = new PlanningInput.Notice(9, 300, Scenario.at(MONDAY, 17, 10), Scenario.at(MONDAY, 17, 10),
                true, 1, 0, Set.of(1L));
        Plan plan = plan(List.of(flood), Directions.NONE, provincial);
        PlannedItem notice = plan.itemsOf(1, MONDAY).stream().filter(i -> Long.valueOf(9).equals(i.noticeId())).findFirst().orElseThrow();
        assertEquals(Scenario.at(MONDAY, 17, 10), notice.plannedStart(), "at its time, inside the relay");
        assertEquals(1, plan.relaysOf(1, MONDAY).size(), "the relay stays: it resumes after the notice");
    }

    @Test
    void aPausedStationRelaysNothingAndASlotRunsOnlyInItsPeriod() {
        LocalDate tuesday = MONDAY.plusDays(1);
        Directions repair = new Directions(List.of(new Directions.DayOff(1, tuesday, true, "Sửa loa, thay dây")), List.of(),
                List.of(), Map.of());
        PlanningInput.Relay untilWednesday = new PlanningInput.Relay(8, 4, "Tiếp âm VOV1", EnumSet.allOf(DayOfWeek.class), 6 * 60,
                15, MONDAY, MONDAY.plusDays(2), Set.of(1L));
        Plan plan = plan(List.of(), repair, untilWednesday);
        assertEquals(1, plan.relaysOf(1, MONDAY).size());
        assertEquals(List.of(), plan.relaysOf(1, tuesday), "under repair: nothing airs");
        assertEquals(1, plan.relaysOf(1, MONDAY.plusDays(2)).size());
        assertEquals(List.of(), plan.relaysOf(1, MONDAY.plusDays(3)), "the slot ended on Wednesday");
        assertFalse(plan.itemsOf(1, MONDAY.plusDays(3)).isEmpty());
        assertTrue(plan.itemsOf(1, MONDAY.plusDays(3)).stream().anyMatch(i -> overlaps(i, Scenario.at(MONDAY.plusDays(3), 6, 0),
                Scenario.at(MONDAY.plusDays(3), 6, 15))), "Thursday's morning is programs again");
    }
}
