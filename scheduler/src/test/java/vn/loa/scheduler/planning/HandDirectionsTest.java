package vn.loa.scheduler.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What planners decide by hand, which the engine obeys before it fills the rest: edits kept by every
 * re-plan, days off and pauses, recurring slots before the rotation, separation between airings.
 */
class HandDirectionsTest {

    private static final LocalDate TUESDAY = Scenario.MONDAY.plusDays(1);
    private final List<PlanningInput.Station> stations = Scenario.stations(4);
    private final List<PlanningInput.Program> programs = Scenario.programs(1, 6);
    private final PlanningInput.Campaign campaign = Scenario.daily(1, Priority.NORMAL, 1, Scenario.ids(stations),
            Scenario.programIds(programs));

    private PlanningInput input(Directions directions) {
        return new PlanningInput(Scenario.MONDAY, 7, stations, programs, List.of(campaign), List.of()).withDirections(directions);
    }

    private static Directions edits(Directions.Edit... edits) {
        return new Directions(List.of(), List.of(), List.of(edits), Map.of());
    }

    private static LocalTime timeOf(PlannedItem item) {
        return item.plannedStart().atZone(Scenario.ZONE).toLocalTime();
    }

    private static List<PlannedItem> ofProgram(Plan plan, long station, LocalDate day, long program) {
        return plan.itemsOf(station, day).stream().filter(i -> i.programId() == program).toList();
    }

    private static Shortfall row(Plan plan, long station, LocalDate day) {
        return plan.feasibility().stream().filter(f -> f.stationId() == station && f.day().equals(day)).findFirst().orElseThrow();
    }

    @Test
    void anItemMovedByHandAirsAtItsNewTimeInEveryLaterPlanAndStillCountsOnce() {
        Plan before = PlanningEngine.plan(input(Directions.NONE));
        PlannedItem morning = before.itemsOf(2, TUESDAY).get(0);
        assertEquals(LocalTime.of(6, 0), timeOf(morning));
        int eveningSecond = 17 * 3600 + 40 * 60;
        Directions moved = edits(new Directions.Edit(1, 2, TUESDAY, Directions.EditKind.MOVE, morning.programId(), 1L,
                eveningSecond - 300, "Dời sang buổi chiều theo đề nghị của xã"));

        for (int replan = 0; replan < 2; replan++) {
            // a re-plan after something else changed: another program joins the campaign
            List<Long> ids = replan == 0 ? campaign.programIds() : List.of(1L, 2L, 3L, 4L, 5L, 6L);
            Plan after = PlanningEngine.plan(input(moved).withCampaigns(List.of(new PlanningInput.Campaign(1, campaign.priority(),
                    campaign.target(), campaign.from(), campaign.to(), campaign.stationIds(), ids, List.of()))));
            List<PlannedItem> aired = ofProgram(after, 2, TUESDAY, morning.programId());
            assertEquals(1, aired.size(), "moved, not doubled: " + after.itemsOf(2, TUESDAY));
            assertEquals(LocalTime.of(17, 35), timeOf(aired.get(0)));
            assertEquals(1L, aired.get(0).campaignId(), "it still counts for its campaign");
            assertTrue(aired.get(0).reason().contains("Dời sang buổi chiều"), aired.get(0).reason());
            assertEquals(0, row(after, 2, TUESDAY).missingAirings(), "the campaign got its airings that day");
            assertEquals(ofProgram(before, 3, TUESDAY, morning.programId()).size(), ofProgram(after, 3, TUESDAY, morning.programId()).size(),
                    "other stations are untouched");
        }
    }

    @Test
    void anItemRemovedByHandStaysRemovedAndIsNotCountedShort() {
        Plan before = PlanningEngine.plan(input(Directions.NONE));
        PlannedItem first = before.itemsOf(1, TUESDAY).get(0);
        Plan after = PlanningEngine.plan(input(edits(new Directions.Edit(1, 1, TUESDAY, Directions.EditKind.REMOVE,
                first.programId(), 1L, null, "Trùng giờ họp dân"))));
        assertTrue(ofProgram(after, 1, TUESDAY, first.programId()).isEmpty(), after.itemsOf(1, TUESDAY).toString());
        assertEquals(before.itemsOf(1, TUESDAY).size() - 1, after.itemsOf(1, TUESDAY).size());
        Shortfall tuesday = row(after, 1, TUESDAY);
        assertEquals(0, tuesday.missingAirings(), "a person removed it: not a shortfall");
        assertEquals(programs.size() - 1, tuesday.neededAirings());
    }

    @Test
    void aHolidayKeepsCampaignProgramsOffButNotUrgentNoticesAndAPauseKeepsEverythingOff() {
        PlanningInput.Program alert = new PlanningInput.Program(300, "f".repeat(64), 60_000, "vi", null, null);
        PlanningInput.Notice storm = new PlanningInput.Notice(9, 300, Scenario.at(TUESDAY, 6, 5), null, false, 1, 0, Set.of(1L, 2L));
        Directions off = new Directions(List.of(new Directions.DayOff(1, TUESDAY, false, "Quốc tang"),
                new Directions.DayOff(2, TUESDAY, true, "Sửa loa, thay dây")), List.of(), List.of(), Map.of());
        List<PlanningInput.Program> all = new java.util.ArrayList<>(programs);
        all.add(alert);
        Plan plan = PlanningEngine.plan(new PlanningInput(Scenario.MONDAY, 7, stations, all, List.of(campaign), List.of(storm))
                .withDirections(off));

        List<PlannedItem> holiday = plan.itemsOf(1, TUESDAY);
        assertEquals(1, holiday.size(), "only the notice: " + holiday);
        assertEquals(9L, holiday.get(0).noticeId());
        assertEquals("Ngày nghỉ: Quốc tang", row(plan, 1, TUESDAY).notScheduled());
        assertEquals(0, row(plan, 1, TUESDAY).missingAirings());
        assertTrue(plan.itemsOf(2, TUESDAY).isEmpty(), "a paused station airs nothing: " + plan.itemsOf(2, TUESDAY));
        assertEquals("Tạm dừng: Sửa loa, thay dây", row(plan, 2, TUESDAY).notScheduled());
        assertEquals(programs.size(), plan.itemsOf(1, TUESDAY.plusDays(1)).size(), "the next day is as usual");
        assertNull(row(plan, 1, TUESDAY.plusDays(1)).notScheduled());
    }

    @Test
    void aDayWithoutAnyWindowIsNotScheduledRatherThanShort() {
        Plan plan = PlanningEngine.plan(input(Directions.NONE));
        LocalDate saturday = Scenario.MONDAY.plusDays(5);
        Shortfall weekend = row(plan, 4, saturday); // station 4 airs on weekdays only
        assertEquals("Không có khung giờ phát", weekend.notScheduled());
        assertEquals(0, weekend.missingAirings());
    }

    @Test
    void aRecurringSlotIsPlacedAtItsTimeBeforeTheRotationFillsTheRest() {
        PlanningInput.Program bulletin = new PlanningInput.Program(50, "b".repeat(64), 300_000, "vi", null, null);
        Directions.Slot everyOtherDay = new Directions.Slot(7, Set.of(1L), 50, 17 * 60, false, Set.of(), 2,
                Scenario.MONDAY, null, "Bản tin xã");
        Directions.Slot everyOtherTuesday = new Directions.Slot(8, Set.of(1L), 50, 6 * 60, true, EnumSet.of(DayOfWeek.TUESDAY), 2,
                Scenario.MONDAY.minusWeeks(2), null, "Chuyên mục nông nghiệp");
        List<PlanningInput.Program> all = new java.util.ArrayList<>(programs);
        all.add(bulletin);
        // a full evening: six programs of about four minutes and the bulletin in 45 minutes
        Plan plan = PlanningEngine.plan(new PlanningInput(Scenario.MONDAY, 14, stations, all, List.of(campaign), List.of())
                .withDirections(new Directions(List.of(), List.of(everyOtherDay, everyOtherTuesday), List.of(), Map.of())));
        for (int d = 0; d < 14; d++) {
            LocalDate day = Scenario.MONDAY.plusDays(d);
            List<PlannedItem> slots = ofProgram(plan, 1, day, 50);
            boolean evening = d % 2 == 0;
            boolean morning = day.getDayOfWeek() == DayOfWeek.TUESDAY && d < 7;
            assertEquals((evening ? 1 : 0) + (morning ? 1 : 0), slots.size(), day + ": " + slots);
            if (evening) {
                assertTrue(slots.stream().anyMatch(i -> timeOf(i).equals(LocalTime.of(17, 0))), day + ": " + slots);
            }
            assertEquals(0, row(plan, 1, day).missingAirings(), "the rotation fills around the slot on " + day);
            assertTrue(ofProgram(plan, 2, day, 50).isEmpty(), "only the slot's stations");
        }
    }

    @Test
    void aStationsSeparationKeepsTwoAiringsOfOneProgramApart() {
        // one 30-minute window and a touching second one: twice a day fits, back to back across them
        PlanningInput.Station tight = Scenario.station(1, EnumSet.allOf(DayOfWeek.class), 6 * 60, 6 * 60 + 30, 6 * 60 + 30, 7 * 60,
                Set.of("vi"));
        PlanningInput.Campaign twice = Scenario.daily(1, Priority.NORMAL, 2, Set.of(1L), List.of(1L));
        PlanningInput plain = new PlanningInput(Scenario.MONDAY, 1, List.of(tight), programs, List.of(twice), List.of());
        List<PlannedItem> close = PlanningEngine.plan(plain).itemsOf(1, Scenario.MONDAY);
        assertEquals(2, close.size());
        assertEquals(30, java.time.Duration.between(close.get(0).plannedStart(), close.get(1).plannedStart()).toMinutes());

        Plan apart = PlanningEngine.plan(plain.withDirections(new Directions(List.of(), List.of(), List.of(), Map.of(1L, 45 * 60))));
        assertEquals(1, apart.itemsOf(1, Scenario.MONDAY).size(), "45 minutes apart cannot fit in this hour");
        assertEquals(1, row(apart, 1, Scenario.MONDAY).missingAirings(), "and the report says so");
        assertFalse(apart.feasibility().isEmpty());
    }
}
