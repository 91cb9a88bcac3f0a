package vn.loa.scheduler.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.loa.scheduler.domain.BroadcastWindow;

class PlanningEngineTest {

    private final List<PlanningInput.Station> stations = Scenario.stations(32);
    private final List<PlanningInput.Program> mainPrograms = Scenario.programs(1, 20);
    private final List<PlanningInput.Program> otherPrograms = Scenario.programs(101, 4);
    private final List<PlanningInput.Program> allPrograms = concat(mainPrograms, otherPrograms);
    private final PlanningInput.Campaign main = Scenario.daily(1, Priority.NORMAL, 1, Scenario.ids(stations),
            Scenario.programIds(mainPrograms));
    private final PlanningInput.Campaign competing = Scenario.daily(2, Priority.NORMAL, 2,
            Scenario.ids(stations.subList(0, 16)), Scenario.programIds(otherPrograms));

    private PlanningInput input(List<PlanningInput.Station> s, List<PlanningInput.Campaign> c, List<PlanningInput.Notice> n) {
        return new PlanningInput(Scenario.MONDAY, 7, s, allPrograms, c, n);
    }

    private Plan planScenario() {
        return PlanningEngine.plan(input(stations, List.of(main, competing), List.of()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void itemsFitInsideWindowsNeverOverlapAndRespectQuietHours() {
        Plan plan = planScenario();
        int total = 0;
        for (PlanningInput.Station s : stations) {
            for (int d = 0; d < 7; d++) {
                LocalDate day = Scenario.MONDAY.plusDays(d);
                List<PlannedItem> items = plan.itemsOf(s.id(), day);
                total += items.size();
                for (int i = 0; i < items.size(); i++) {
                    PlannedItem item = items.get(i);
                    assertEquals(i, item.position());
                    ZonedDateTime start = item.plannedStart().atZone(s.zone());
                    ZonedDateTime end = start.plusNanos(item.durationMillis() * 1_000_000);
                    assertEquals(day, start.toLocalDate());
                    assertTrue(insideAWindow(s, day.getDayOfWeek(), start.toLocalTime(), end.toLocalTime()), item.toString());
                    assertTrue(start.toLocalTime().isAfter(LocalTime.of(5, 59)), "quiet hours: " + item);
                    if (i > 0) {
                        PlannedItem prev = items.get(i - 1);
                        assertFalse(prev.plannedStart().plusMillis(prev.durationMillis()).isAfter(item.plannedStart()),
                                "overlap: " + prev + " / " + item);
                    }
                }
                if (s.id() % 4 == 0 && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)) {
                    assertTrue(items.isEmpty(), "weekday-only station airs nothing at the weekend");
                }
            }
        }
        assertTrue(total > 32 * 5 * 10, "the windows are used: " + total);
    }

    private static boolean insideAWindow(PlanningInput.Station s, DayOfWeek day, LocalTime start, LocalTime end) {
        for (BroadcastWindow w : s.windows()) {
            if (w.day() == day && start.toSecondOfDay() >= w.startMinute() * 60 && end.toSecondOfDay() <= w.endMinute() * 60) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyProgramOfACampaignAirsWithinOneOfTheOthersPerStationAndWeek() {
        Plan plan = planScenario();
        for (PlanningInput.Station s : stations) {
            for (PlanningInput.Campaign c : List.of(main, competing)) {
                if (!c.stationIds().contains(s.id())) {
                    continue;
                }
                Map<Long, Integer> counts = new HashMap<>();
                c.programIds().forEach(p -> counts.put(p, 0));
                for (int d = 0; d < 7; d++) {
                    for (PlannedItem item : plan.itemsOf(s.id(), Scenario.MONDAY.plusDays(d))) {
                        if (Long.valueOf(c.id()).equals(item.campaignId())) {
                            counts.merge(item.programId(), 1, Integer::sum);
                        }
                    }
                }
                IntSummaryStatistics stats = counts.values().stream().mapToInt(Integer::intValue).summaryStatistics();
                assertTrue(stats.getMax() - stats.getMin() <= 1, "station " + s.id() + " campaign " + c.id() + ": " + counts);
            }
        }
    }

    @Test
    void theFeasibilityReportsShortfallIsExactlyWhatTheScheduleLacks() {
        Plan plan = planScenario();
        int reportedMissing = 0;
        for (Shortfall f : plan.feasibility()) {
            long planned = plan.itemsOf(f.stationId(), f.day()).stream()
                    .filter(i -> Long.valueOf(f.campaignId()).equals(i.campaignId())).count();
            assertEquals(f.plannedAirings(), planned, f.toString());
            reportedMissing += f.missingAirings();
        }
        assertTrue(reportedMissing > 0, "75 minutes a day cannot hold 20 programs plus 8 competing airings");
        Shortfall monday = plan.feasibility().stream()
                .filter(f -> f.stationId() == 1 && f.campaignId() == 1 && f.day().equals(Scenario.MONDAY)).findFirst().orElseThrow();
        assertEquals(20, monday.neededAirings());
        assertEquals(75, monday.availableMinutes(), 0.01);
        assertTrue(monday.neededMinutes() > monday.plannedMinutes());
    }

    @Test
    void aShortageIsSharedFairlyBetweenCompetingCampaignsOfOnePriority() {
        Plan plan = planScenario();
        Map<Long, Integer> missing = plan.feasibility().stream().filter(f -> f.stationId() == 1)
                .collect(Collectors.groupingBy(Shortfall::campaignId, Collectors.summingInt(Shortfall::missingAirings)));
        assertTrue(missing.get(2L) >= 0 && missing.get(1L) > 0);
        Map<Long, Integer> planned = plan.feasibility().stream().filter(f -> f.stationId() == 1)
                .collect(Collectors.groupingBy(Shortfall::campaignId, Collectors.summingInt(Shortfall::plannedAirings)));
        assertTrue(planned.get(2L) > 0, "the smaller campaign is not starved: " + planned);
    }

    @Test
    void theSamePlanComesFromTheSameInputAndTheOrderVariesFromDayToDay() {
        assertEquals(planScenario(), planScenario());
        Plan plan = planScenario();
        List<Long> monday = plan.itemsOf(1, Scenario.MONDAY).stream().map(PlannedItem::programId).toList();
        List<Long> tuesday = plan.itemsOf(1, Scenario.MONDAY.plusDays(1)).stream().map(PlannedItem::programId).toList();
        assertNotEquals(monday, tuesday);
    }

    @Test
    void changingOneStationsWindowsChangesOnlyThatStationsSchedule() {
        Plan before = planScenario();
        List<PlanningInput.Station> changed = new ArrayList<>(stations);
        changed.set(4, Scenario.station(5, EnumSet.allOf(DayOfWeek.class), 6 * 60, 6 * 60 + 15, 17 * 60, 17 * 60 + 45,
                Set.of("vi", "tyz")));
        Plan after = PlanningEngine.plan(input(changed, List.of(main, competing), List.of()));
        for (PlanningInput.Station s : stations) {
            if (s.id() == 5) {
                assertNotEquals(before.items().get(5L), after.items().get(5L));
            } else {
                assertEquals(before.items().get(s.id()), after.items().get(s.id()), "station " + s.id());
            }
        }
    }

    @Test
    void addingACampaignLeavesStationsItDoesNotTargetAlone() {
        Plan before = planScenario();
        PlanningInput.Campaign extra = Scenario.daily(3, Priority.PRIORITY, 1, Set.of(7L, 8L), List.of(101L));
        Plan after = PlanningEngine.plan(input(stations, List.of(main, competing, extra), List.of()));
        for (PlanningInput.Station s : stations) {
            if (s.id() != 7 && s.id() != 8) {
                assertEquals(before.items().get(s.id()), after.items().get(s.id()));
            }
        }
        assertTrue(after.itemsOf(7, Scenario.MONDAY).stream().anyMatch(i -> Long.valueOf(3).equals(i.campaignId())));
    }

    @Test
    void programsOutsideTheStationsLanguagesOrValidityAreNotScheduled() {
        PlanningInput.Program hmong = new PlanningInput.Program(201, "h".repeat(64), 200_000, "hnj", null, null);
        PlanningInput.Program expired = new PlanningInput.Program(202, "e".repeat(64), 200_000, "vi", null,
                Scenario.MONDAY.plusDays(1));
        List<PlanningInput.Program> programs = List.of(hmong, expired);
        PlanningInput.Campaign c = Scenario.daily(5, Priority.PRIORITY, 1, Set.of(1L), List.of(201L, 202L));
        Plan plan = PlanningEngine.plan(new PlanningInput(Scenario.MONDAY, 7, stations.subList(0, 1), programs, List.of(c),
                List.of()));
        for (int d = 0; d < 7; d++) {
            for (PlannedItem item : plan.itemsOf(1, Scenario.MONDAY.plusDays(d))) {
                assertNotEquals(201L, item.programId(), "station 1 does not air H'Mông");
                assertTrue(d <= 1 || item.programId() != 202L, "program 202 expires on Tuesday");
            }
        }
        assertEquals(2, plan.itemsOf(1, Scenario.MONDAY).size() + plan.itemsOf(1, Scenario.MONDAY.plusDays(1)).size());
    }

    @Test
    void anUrgentNoticePreemptsNormalItemsAtItsTime() {
        PlanningInput.Program notice = new PlanningInput.Program(300, "f".repeat(64), 60_000, "vi", null, null);
        List<PlanningInput.Program> programs = concat(allPrograms, List.of(notice));
        PlanningInput.Notice storm = new PlanningInput.Notice(9, 300, Scenario.at(Scenario.MONDAY, 6, 5), null, false, 2, 660,
                Set.of(1L, 2L));
        Plan plan = PlanningEngine.plan(new PlanningInput(Scenario.MONDAY, 7, stations, programs, List.of(main, competing),
                List.of(storm)));
        List<PlannedItem> monday = plan.itemsOf(1, Scenario.MONDAY);
        PlannedItem first = monday.stream().filter(i -> Long.valueOf(9).equals(i.noticeId())).findFirst().orElseThrow();
        assertEquals(Scenario.at(Scenario.MONDAY, 6, 5), first.plannedStart(), "inside the window it airs at once");
        assertTrue(monday.stream().filter(i -> Long.valueOf(9).equals(i.noticeId())).count() == 2,
                "repeated 11 h later, inside the evening window");
        for (PlannedItem other : monday) {
            if (other.noticeId() == null) {
                boolean clear = !other.plannedStart().isBefore(first.plannedStart().plusMillis(first.durationMillis()))
                        || !other.plannedStart().plusMillis(other.durationMillis()).isAfter(first.plannedStart());
                assertTrue(clear, "normal items make way: " + other);
            }
        }
        assertTrue(plan.itemsOf(3, Scenario.MONDAY).stream().noneMatch(i -> i.noticeId() != null), "only its stations");

        PlanningInput.Notice now = new PlanningInput.Notice(10, 300, Scenario.at(Scenario.MONDAY, 13, 0), null, true, 1, 0,
                Set.of(1L));
        Plan override = PlanningEngine.plan(new PlanningInput(Scenario.MONDAY, 7, stations, programs, List.of(main), List.of(now)));
        assertTrue(override.itemsOf(1, Scenario.MONDAY).stream()
                .anyMatch(i -> i.plannedStart().equals(Scenario.at(Scenario.MONDAY, 13, 0))), "outside windows when asked");
    }

    @Test
    void aWeeklyTargetIsSpreadOverTheWeekAndMet() {
        PlanningInput.Campaign weekly = new PlanningInput.Campaign(7, Priority.NORMAL,
                new FrequencyTarget(FrequencyTarget.Kind.PER_PROGRAM_PER_WEEK, 2), Scenario.MONDAY, Scenario.MONDAY.plusDays(30),
                Set.of(1L), Scenario.programIds(mainPrograms), List.of());
        Plan plan = PlanningEngine.plan(input(stations.subList(0, 1), List.of(weekly), List.of()));
        Map<Long, Long> counts = new HashMap<>();
        for (int d = 0; d < 7; d++) {
            plan.itemsOf(1, Scenario.MONDAY.plusDays(d)).forEach(i -> counts.merge(i.programId(), 1L, Long::sum));
            assertTrue(plan.itemsOf(1, Scenario.MONDAY.plusDays(d)).size() >= 5, "spread, not crammed into Monday");
        }
        assertEquals(20, counts.size());
        assertTrue(counts.values().stream().allMatch(c -> c == 2), counts.toString());
    }

    @Test
    void aMissedAiringIsMadeUpFirstOnTheNextDaysWithinThePeriod() {
        PlanningInput.Campaign c = Scenario.daily(8, Priority.NORMAL, 1, Set.of(1L), List.of(1L, 2L));
        PlanningInput.MakeUp owed = new PlanningInput.MakeUp(1, 8, 2, 2);
        Plan plan = PlanningEngine.plan(new PlanningInput(Scenario.MONDAY, 7, stations.subList(0, 1), allPrograms,
                List.of(c), List.of(), List.of(owed)));
        for (int d = 0; d < 2; d++) {
            List<PlannedItem> day = plan.itemsOf(1, Scenario.MONDAY.plusDays(d));
            assertEquals(3, day.size(), "the day's two airings and one make-up");
            assertEquals(1, day.stream().filter(i -> i.reason().startsWith("phát bù")).count());
            assertEquals(2L, day.stream().filter(i -> i.reason().startsWith("phát bù")).findFirst().orElseThrow().programId());
        }
        assertEquals(2, plan.itemsOf(1, Scenario.MONDAY.plusDays(2)).size(), "owed twice, repaid twice");
    }
}
