package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.agent.AiringStation.ZONE;
import static vn.loa.agent.AiringStation.waitUntil;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.domain.ScheduledItem;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;

/**
 * The suite passes at any hour because nothing in it reads the wall clock: here the whole path — a
 * campaign published, the schedule planned, the agent airing its next item — runs from clocks pinned
 * at the awkward moments of a station's day (after midnight, a minute before the morning window, noon,
 * a minute before the evening window, five minutes to midnight) and across the Sunday–Monday boundary,
 * where the evening window (weekdays only) comes and goes.
 */
class AnyHourIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-11-25T00:05", "2026-11-25T05:59", "2026-11-25T12:00", "2026-11-25T16:59",
        "2026-11-25T23:55", "2026-11-29T23:55"})
    void aCampaignPublishedNowAirsItsNextItem(String localStart) throws Exception {
        LocalDateTime start = LocalDateTime.parse(localStart);
        AgentBench bench = AgentBench.startingAt(start.atZone(ZONE).toInstant(), 1);
        bench.beforeEach(null);
        try {
            run(bench, start.toLocalDate());
        } finally {
            bench.afterEach(null);
        }
    }

    private static void run(AgentBench bench, LocalDate today) throws Exception {
        Api admin = bench.scheduler.admin();
        Fixtures.createTree(admin);
        long station = Fixtures.expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201)
                .json().getLong("id");
        JsonArray programs = new JsonArray();
        for (int seed : new int[] {31, 32}) {
            programs.add(AiringStation.approved(admin, "Bản tin giờ " + seed, 4, seed).getLong("id"));
        }
        long campaign = Fixtures.expect(admin.post("/api/v1/campaigns", new JsonObject().put("name", "Phát mọi giờ")
                .put("owner_unit_code", Fixtures.DISTRICT).put("period_start", today.minusDays(1).toString())
                .put("period_end", today.plusDays(30).toString())
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 1))
                .put("target_units", new JsonArray().add(Fixtures.DISTRICT)).put("program_ids", programs)), 201)
                .json().getLong("id");
        Instant published = bench.clock.instant();
        Fixtures.expect(admin.post("/api/v1/campaigns/" + campaign + "/publish", new JsonObject()), 200);

        List<ScheduledItem> items = bench.scheduler.store().read(r -> r.agentReports().scheduleItems(station, today,
                today.plusDays(2)));
        for (ScheduledItem item : items) {
            assertTrue(item.plannedStart().isAfter(published), "nothing planned in the past: " + item);
            assertTrue(inAWindow(item), "inside a window: " + item);
        }
        Map<LocalDate, Long> perDay = items.stream().collect(Collectors.groupingBy(ScheduledItem::day, Collectors.counting()));
        boolean todayCounts = windowsOf(today).stream().anyMatch(w -> today.atTime(w).atZone(ZONE).toInstant()
                .isAfter(published));
        assertEquals(todayCounts ? 2L : 0L, perDay.getOrDefault(today, 0L), "today: " + items);
        assertEquals(2L, perDay.get(today.plusDays(1)), "tomorrow: " + items);
        assertEquals(2L, perDay.get(today.plusDays(2)), "the day after: " + items);

        Identity identity = AiringStation.enrol(admin, station, bench.agentData);
        try (Agent agent = bench.agent(identity, 1L << 30)) {
            agent.syncOnce();
            ScheduledItem next = items.get(0);
            bench.clock.jumpTo(next.plannedStart().minusSeconds(2));
            agent.start();
            waitUntil("the next item airs", 40, () -> !AiringStation.outbox(bench.agentData).isEmpty());
            agent.syncOnce();
            AsRunRecord record = bench.scheduler.store().read(r -> r.agentReports().asRunOf(station)).get(0);
            assertEquals("played", record.outcome(), record.toString());
            assertEquals(Long.valueOf(next.id()), record.itemId());
        }
    }

    private static List<LocalTime> windowsOf(LocalDate day) {
        boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        return weekday ? List.of(LocalTime.of(6, 0), LocalTime.of(17, 0)) : List.of(LocalTime.of(6, 0));
    }

    private static boolean inAWindow(ScheduledItem item) {
        LocalDateTime local = LocalDateTime.ofInstant(item.plannedStart(), ZONE);
        LocalTime end = local.toLocalTime().plusNanos(item.durationMillis() * 1_000_000);
        return local.toLocalDate().equals(item.day()) && windowsOf(item.day()).stream().anyMatch(open ->
                !local.toLocalTime().isBefore(open) && !end.isAfter(open.plusMinutes(open.getHour() == 6 ? 30 : 45)));
    }
}
