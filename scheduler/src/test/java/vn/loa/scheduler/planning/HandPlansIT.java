package vn.loa.scheduler.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.ErrorShape.assertError;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.MutableClock;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;

/** Hand decisions over the real API: kept by re-plans, audited, never reaching into the frozen past. */
class HandPlansIT {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Monday 23 November 2026, 05:00 in Hà Nội: the campaign is published before the day's first window. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate TOMORROW = TODAY.plusDays(1);
    private final MutableClock clock = new MutableClock(TODAY.atTime(5, 0).atZone(HCM).toInstant());

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(clock);
    private Api admin;
    private Api planner;
    private long station;
    private long other;
    private long campaign;
    private long first;
    private long second;

    @BeforeEach
    void world() {
        admin = scheduler.admin();
        Fixtures.createTree(admin);
        planner = scheduler.as("kehoach.040", Role.PLANNER, Fixtures.DISTRICT);
        station = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json().getLong("id");
        other = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01279", Fixtures.OTHER_COMMUNE)), 201).json().getLong("id");
        first = Programs.approved(admin, Fixtures.DISTRICT, "Phòng chống rét cho trâu bò", 41).getLong("id");
        second = Programs.approved(admin, Fixtures.DISTRICT, "Bầu cử đại biểu Hội đồng nhân dân", 42).getLong("id");
        campaign = expect(admin.post("/api/v1/campaigns", new JsonObject().put("name", "Tuyên truyền mùa đông")
                .put("owner_unit_code", Fixtures.DISTRICT).put("period_start", TODAY.toString())
                .put("period_end", TODAY.plusDays(30).toString())
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 1))
                .put("target_units", new JsonArray().add(Fixtures.DISTRICT))
                .put("program_ids", new JsonArray().add(first).add(second))), 201).json().getLong("id");
        expect(admin.post("/api/v1/campaigns/" + campaign + "/publish", new JsonObject()), 200);
    }

    private List<JsonObject> day(long stationId, LocalDate day) {
        return expect(admin.get("/api/v1/stations/" + stationId + "/schedule?from=" + day + "&to=" + day), 200).items()
                .stream().map(JsonObject.class::cast).toList();
    }

    private static String localTime(JsonObject item) {
        return Instant.parse(item.getString("planned_start")).atZone(HCM).toLocalTime().toString();
    }

    private JsonObject edit(long stationId, String kind, long program, String from, String at) {
        JsonObject body = new JsonObject().put("station_id", stationId).put("day", TOMORROW.toString()).put("kind", kind)
                .put("program_id", program).put("campaign_id", campaign).put("reason", "Trùng giờ họp tổ dân phố");
        if (from != null) {
            body.put("from", from);
        }
        if (at != null) {
            body.put("at", at);
        }
        return body;
    }

    @Test
    void aMovedAiringStaysMovedAfterEveryRepublishAndIsAudited() {
        JsonObject morning = day(station, TOMORROW).get(0);
        assertEquals("06:00", localTime(morning));
        long program = morning.getLong("program_id");
        JsonObject made = expect(planner.post("/api/v1/schedule-edits", edit(station, "move", program, "06:00", "17:40")), 201)
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals("06:00:00", made.getString("from"));
        assertEquals("17:40:00", made.getString("at"));

        for (int republish = 0; republish < 2; republish++) {
            List<JsonObject> after = day(station, TOMORROW);
            List<JsonObject> ofProgram = after.stream().filter(i -> i.getLong("program_id") == program).toList();
            assertEquals(1, ofProgram.size(), "moved, not doubled: " + after);
            assertEquals("17:40", localTime(ofProgram.get(0)));
            assertEquals(campaign, ofProgram.get(0).getLong("campaign_id"));
            assertTrue(ofProgram.get(0).getString("reason").contains("Trùng giờ họp tổ dân phố"), ofProgram.get(0).encode());
            assertEquals(2, after.size(), "the other program still airs");
            scheduler.publish();
        }
        assertEquals(1, expect(admin.get("/api/v1/stations/" + station + "/schedule-edits"), 200).items().size());
        assertTrue(expect(admin.get("/api/v1/audit"), 200).items().stream().map(JsonObject.class::cast)
                .anyMatch(e -> e.getString("action").equals("schedule.edit") && e.getString("actor_name").equals("kehoach.040")));

        expect(planner.delete("/api/v1/schedule-edits/" + made.getLong("id")), 204);
        assertEquals("06:00", localTime(day(station, TOMORROW).get(0)), "withdrawn: the engine plans the day again");
    }

    @Test
    void aRemovalForAWholeDistrictTakesTheAiringOffEveryStation() {
        JsonObject body = edit(station, "remove", first, null, null).put("scope_code", Fixtures.DISTRICT);
        body.remove("station_id");
        JsonArray made = expect(planner.post("/api/v1/schedule-edits", body), 201).json().getJsonArray("items");
        assertEquals(2, made.size());
        for (long s : new long[] {station, other}) {
            List<JsonObject> items = day(s, TOMORROW);
            assertTrue(items.stream().noneMatch(i -> i.getLong("program_id") == first), items.toString());
            assertEquals(1, items.size());
        }
        JsonObject feasibility = expect(admin.get("/api/v1/campaigns/" + campaign + "/feasibility"), 200).json();
        assertEquals(0, feasibility.getInteger("short_station_days"), "a person removed it: not short");
    }

    @Test
    void theFrozenPastAndBadEditsAreRefusedAndChangeNothing() {
        // by 06:10 today's 06:00 airing has aired
        clock.set(TODAY.atTime(6, 10).atZone(HCM).toInstant());
        admin = scheduler.admin(); // signed in again: the sessions of 05:00 have been idle too long
        planner = scheduler.as("kehoach.040", Role.PLANNER, Fixtures.DISTRICT);
        JsonObject aired = day(station, TODAY).get(0);
        assertEquals("06:00", localTime(aired));
        JsonObject todayEdit = edit(station, "move", aired.getLong("program_id"), "06:00", "17:30").put("day", TODAY.toString());
        JsonObject refused = assertError(planner.post("/api/v1/schedule-edits", todayEdit), 409, "frozen_past");
        assertTrue(refused.getString("message").contains("giữ nguyên"), refused.getString("message"));
        assertError(planner.post("/api/v1/schedule-edits", edit(station, "add", first, null, "06:05").put("day", TODAY.toString())),
                409, "frozen_past");
        assertError(planner.post("/api/v1/schedule-edits", edit(station, "move", first, "09:00", "17:30")), 409, "no_such_airing");
        assertError(planner.post("/api/v1/schedule-edits", edit(station, "remove", first, "06:00", "17:30")), 400, "invalid_input");
        assertError(planner.post("/api/v1/schedule-edits", edit(station, "add", first, null, "25:00")), 400, "invalid_request");
        assertError(planner.post("/api/v1/schedule-edits", edit(station, "add", first, null, "17:00").put("reason", " ")), 400,
                "invalid_input");
        assertError(scheduler.as("canbo.xa", Role.OPERATOR, Fixtures.COMMUNE).post("/api/v1/schedule-edits",
                edit(station, "add", first, null, "17:00")), 403, "forbidden");
        expect(admin.post("/api/v1/org-units", Fixtures.unit("042", "Huyện Bảo Lâm", "Huyện", "district", Fixtures.PROVINCE)), 201);
        assertError(scheduler.as("kehoach.042", Role.PLANNER, "042").post("/api/v1/schedule-edits",
                edit(station, "add", first, null, "17:00")), 403, "out_of_scope");
        assertTrue(expect(admin.get("/api/v1/stations/" + station + "/schedule-edits"), 200).items().isEmpty(), "nothing stored");
        assertEquals("06:00", localTime(day(station, TOMORROW).get(0)));
    }

    @Test
    void aHolidayKeepsCampaignProgramsOffAPauseOneStationAndASlotAirsAtItsTime() {
        JsonObject holiday = expect(planner.post("/api/v1/days-off", new JsonObject().put("kind", "holiday")
                .put("scope_code", Fixtures.DISTRICT).put("first_day", TOMORROW.toString()).put("last_day", TOMORROW.toString())
                .put("reason", "Quốc tang")), 201).json();
        assertTrue(day(station, TOMORROW).isEmpty());
        assertTrue(day(other, TOMORROW).isEmpty());
        assertEquals(2, day(station, TOMORROW.plusDays(1)).size(), "the day after is as usual");
        JsonObject rows = expect(admin.get("/api/v1/campaigns/" + campaign + "/feasibility"), 200).json();
        assertEquals(0, rows.getInteger("short_station_days"));
        assertTrue(rows.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .anyMatch(r -> "Ngày nghỉ: Quốc tang".equals(r.getString("not_scheduled"))), rows.encode());
        expect(planner.delete("/api/v1/days-off/" + holiday.getLong("id")), 204);
        assertEquals(2, day(station, TOMORROW).size());

        assertError(planner.post("/api/v1/days-off", new JsonObject().put("kind", "pause").put("scope_code", Fixtures.DISTRICT)
                .put("first_day", TOMORROW.toString()).put("last_day", TOMORROW.toString()).put("reason", "Sửa loa")), 400,
                "invalid_input");
        expect(planner.post("/api/v1/days-off", new JsonObject().put("kind", "pause").put("station_id", other)
                .put("first_day", TOMORROW.toString()).put("last_day", TOMORROW.plusDays(2).toString())
                .put("reason", "Thay bộ khuếch đại")), 201);
        assertTrue(day(other, TOMORROW.plusDays(2)).isEmpty());
        assertEquals(2, day(station, TOMORROW.plusDays(2)).size(), "only the paused station");

        JsonObject slot = expect(planner.post("/api/v1/recurring-slots", new JsonObject().put("name", "Bản tin phường")
                .put("program_id", second).put("station_id", station).put("start", "12:00").put("repeat", "days").put("every", 2)
                .put("first_day", TOMORROW.toString())), 201).json();
        assertEquals("12:00", slot.getString("start"));
        for (int d = 0; d < 4; d++) {
            LocalDate day = TOMORROW.plusDays(d);
            boolean noon = day(station, day).stream().anyMatch(i -> localTime(i).equals("12:00") && i.getLong("program_id") == second);
            assertEquals(d % 2 == 0, noon, day + " " + day(station, day));
        }
        assertEquals(1, expect(planner.get("/api/v1/recurring-slots"), 200).items().size());
        expect(planner.delete("/api/v1/recurring-slots/" + slot.getLong("id")), 204);
        assertTrue(day(station, TOMORROW).stream().noneMatch(i -> localTime(i).equals("12:00")));
    }

    @Test
    void theProvinceSetsHowManyDaysItsStationsAreGivenAhead() {
        String path = "/api/v1/stations/" + station + "/schedule";
        assertEquals(TODAY.plusDays(6).toString(), expect(admin.get(path), 200).json().getString("to"), "the instance's 7 days");
        JsonObject settings = new JsonObject().put("quiet_hours", new JsonObject().put("not_before", "05:00").put("not_after", "22:00"));
        assertError(admin.put("/api/v1/org-units/" + Fixtures.PROVINCE + "/settings", settings.copy().put("horizon_days", 40)), 400,
                "invalid_request");
        expect(admin.put("/api/v1/org-units/" + Fixtures.PROVINCE + "/settings", settings.copy().put("horizon_days", 10)), 200);
        scheduler.publish();
        JsonObject longer = expect(admin.get(path), 200).json();
        assertEquals(TODAY.plusDays(9).toString(), longer.getString("to"), "ten days, published and given");
        assertEquals(2, day(station, TODAY.plusDays(9)).size());
        expect(admin.put("/api/v1/org-units/" + Fixtures.PROVINCE + "/settings", settings.copy().put("horizon_days", 3)), 200);
        assertEquals(TODAY.plusDays(2).toString(), expect(admin.get(path), 200).json().getString("to"));
    }
}
