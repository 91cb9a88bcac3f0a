package vn.loa.scheduler.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.ErrorShape.assertError;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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

/** Campaigns to published schedules over the real API, read by a real station token. */
class CampaignApiIT {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Monday 23 November 2026, 00:30 in Hà Nội: every window of the day is still ahead. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final MutableClock clock =
            new MutableClock(TODAY.atTime(0, 30).atZone(HCM).toInstant());

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(clock);
    private Api admin;
    private Api agent;
    private long station;
    private long program;

    @BeforeEach
    void world() {
        admin = scheduler.admin();
        Fixtures.createTree(admin);
        station = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json().getLong("id");
        agent = scheduler.api().withToken(Fixtures.enrol(admin, scheduler.api(), station));
        program = Programs.approved(admin, Fixtures.DISTRICT, "Phòng chống rét cho trâu bò", 31).getLong("id");
    }

    private JsonObject campaign(int perDay) {
        LocalDate today = TODAY;
        return new JsonObject().put("name", "Tuyên truyền mùa đông").put("owner_unit_code", Fixtures.DISTRICT)
                .put("period_start", today.minusDays(1).toString()).put("period_end", today.plusDays(30).toString())
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", perDay))
                .put("target_units", new JsonArray().add(Fixtures.DISTRICT)).put("program_ids", new JsonArray().add(program));
    }

    private String schedulePath() {
        return "/api/v1/stations/" + station + "/schedule";
    }

    @Test
    void aShortCampaignGetsSuggestionsFromTheEngineAndTheFirstAppliedFits() {
        // one minute of air a day: three programs ten times a day cannot fit
        long tight = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01279", Fixtures.OTHER_COMMUNE)
                .put("windows", new JsonArray().add(Fixtures.window("06:00", "06:01", Fixtures.EVERY_DAY)))), 201).json().getLong("id");
        long two = Programs.approved(admin, Fixtures.DISTRICT, "Phòng chống sốt xuất huyết", 32).getLong("id");
        long three = Programs.approved(admin, Fixtures.DISTRICT, "An toàn giao thông dịp Tết", 33).getLong("id");
        JsonObject body = new JsonObject().put("name", "Tuyên truyền dày đặc").put("owner_unit_code", Fixtures.DISTRICT)
                .put("period_start", TODAY.toString()).put("period_end", TODAY.plusDays(30).toString())
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 10))
                .put("target_stations", new JsonArray().add(tight)).put("program_ids", new JsonArray().add(program).add(two).add(three));
        long id = expect(admin.post("/api/v1/campaigns", body), 201).json().getLong("id");
        JsonObject report = expect(admin.get("/api/v1/campaigns/" + id + "/feasibility"), 200).json();
        assertTrue(report.getInteger("short_station_days") > 0, report.encode());
        JsonArray frequencies = report.getJsonObject("suggestions").getJsonArray("frequencies");
        assertTrue(frequencies.size() >= 2, "a lower count a day and a weekly rotation: " + frequencies.encode());
        JsonObject first = frequencies.getJsonObject(0);
        assertTrue(first.getString("message").contains("xếp đủ"), first.encode());
        JsonObject minutes = report.getJsonObject("suggestions").getJsonArray("more_minutes").getJsonObject(0);
        assertEquals(tight, minutes.getLong("station_id"));
        assertTrue(minutes.getInteger("minutes_per_day") >= 1, minutes.encode());

        expect(admin.put("/api/v1/campaigns/" + id, body.put("target", first.getJsonObject("target"))), 200);
        JsonObject after = expect(admin.get("/api/v1/campaigns/" + id + "/feasibility"), 200).json();
        assertEquals(0, after.getInteger("short_station_days"), "the first suggestion, applied, fits: " + after.encode());
        assertEquals(first.getInteger("planned_airings"), after.getInteger("planned_airings"), "and achieves what it said");
        assertTrue(after.getJsonObject("suggestions").getJsonArray("frequencies").isEmpty(), "nothing left to suggest");
    }

    @Test
    void aCampaignFromAboveIsListedForThePeopleOfTheStationsItFillsAndNoOneElse() {
        expect(admin.post("/api/v1/org-units", Fixtures.unit("042", "Huyện Bảo Lâm", "Huyện", "district", Fixtures.PROVINCE)), 201);
        expect(admin.post("/api/v1/org-units", Fixtures.unit("01290", "Thị trấn Pác Miầu", "Thị trấn", "commune", "042")), 201);
        JsonObject province = campaign(1).put("name", "Tuyên truyền của tỉnh").put("owner_unit_code", Fixtures.PROVINCE)
                .put("target_units", new JsonArray().add(Fixtures.DISTRICT));
        long id = expect(admin.post("/api/v1/campaigns", province), 201).json().getLong("id");

        Api officer = scheduler.as("canbo.hopgiang", Role.OPERATOR,
                Fixtures.COMMUNE);
        JsonArray listed = expect(officer.get("/api/v1/campaigns"), 200).items();
        assertEquals(1, listed.size(), "the province's campaign fills the commune's station: " + listed.encode());
        assertEquals("Tỉnh Cao Bằng", listed.getJsonObject(0).getString("owner_unit_name"));
        expect(officer.get("/api/v1/campaigns/" + id), 200);
        assertError(officer.put("/api/v1/campaigns/" + id, province.put("name", "Đổi tên")), 403, "forbidden");
        assertError(scheduler.as("kehoach.hopgiang", Role.PLANNER, Fixtures.COMMUNE)
                .post("/api/v1/campaigns/" + id + "/close", new JsonObject()), 403, "out_of_scope");

        JsonArray elsewhere = expect(scheduler.as("canbo.pacmiau", Role.OPERATOR, "01290")
                .get("/api/v1/campaigns"), 200).items();
        assertTrue(elsewhere.isEmpty(), "a campaign for district 040 does not reach Pác Miầu: " + elsewhere.encode());
    }

    @Test
    void aCampaignOverBeforeTodayIsRefusedAndOneThatStartedBeforeTodaySaysItRunsFromToday() {
        JsonObject error = assertError(admin.post("/api/v1/campaigns", campaign(1).put("period_start", "2024-01-01")
                .put("period_end", "2024-12-31")), 400, "invalid_input");
        assertTrue(error.encode().contains("Chiến dịch kết thúc ngày 31/12/2024, trước hôm nay (23/11/2026)"), error.encode());
        assertTrue(expect(admin.get("/api/v1/campaigns"), 200).items().isEmpty(), "nothing stored");

        JsonObject started = expect(admin.post("/api/v1/campaigns", campaign(1)), 201).json();
        assertEquals("Chiến dịch bắt đầu ngày 22/11/2026, trước hôm nay: lịch phát được xếp từ hôm nay (23/11/2026);"
                + " những ngày đã qua giữ nguyên như đã phát.", started.getJsonObject("period_note").getString("message"));
        assertTrue(expect(admin.get("/api/v1/campaigns/" + started.getLong("id")), 200).json().containsKey("period_note"));
        JsonObject fromToday = expect(admin.post("/api/v1/campaigns", campaign(1).put("period_start", TODAY.toString())), 201)
                .json();
        assertNull(fromToday.getValue("period_note"), "nothing to say of a campaign starting today");
    }

    @Test
    void aDraftIsDeletedAPublishedOneClosedWithAReasonAndLastYearsPlanClonedIntoANewPeriod() {
        long draft = expect(admin.post("/api/v1/campaigns", campaign(1)), 201).json().getLong("id");
        assertEquals(204, admin.delete("/api/v1/campaigns/" + draft).status());
        assertError(admin.get("/api/v1/campaigns/" + draft), 404, "not_found");

        long published = expect(admin.post("/api/v1/campaigns", campaign(1)), 201).json().getLong("id");
        expect(admin.post("/api/v1/campaigns/" + published + "/publish", new JsonObject()), 200);
        assertError(admin.delete("/api/v1/campaigns/" + published), 409, "campaign_not_draft");
        expect(admin.post("/api/v1/campaigns/" + published + "/close", new JsonObject()
                .put("reason", "Quyết định số 12/QĐ-UBND dừng chiến dịch")), 200);
        assertTrue(expect(admin.get("/api/v1/audit"), 200).json().encode().contains("Quyết định số 12/QĐ-UBND dừng chiến dịch"),
                "the reason is kept with the change");

        long retired = Programs.approved(admin, Fixtures.DISTRICT, "Chương trình đã thôi dùng", 35).getLong("id");
        JsonObject body = campaign(1);
        body.getJsonArray("program_ids").add(retired);
        long lastYear = expect(admin.post("/api/v1/campaigns", body), 201).json().getLong("id");
        expect(admin.post("/api/v1/programs/" + retired + "/retire", new JsonObject()), 200);
        JsonObject copy = expect(admin.post("/api/v1/campaigns/" + lastYear + "/clone", new JsonObject()
                .put("name", "Tuyên truyền mùa đông 2027").put("period_start", "2027-11-01").put("period_end", "2027-12-31")), 201)
                .json();
        assertEquals("draft", copy.getString("status"));
        assertEquals("2027-11-01", copy.getString("period_start"));
        assertEquals(java.util.List.of(Fixtures.DISTRICT), copy.getJsonArray("target_units").getList());
        assertEquals(java.util.List.of(program), copy.getJsonArray("program_ids").getList().stream()
                .map(n -> ((Number) n).longValue()).toList(), "the programs still approved, not the one retired since");
        assertError(admin.post("/api/v1/campaigns/" + lastYear + "/clone", new JsonObject()
                .put("period_start", "2025-01-01").put("period_end", "2025-12-31")), 400, "invalid_input");
    }

    @Test
    void aPublishedCampaignReachesTheStationsScheduleWithAReasonAndTheEtagTracksChanges() {
        long id = expect(admin.post("/api/v1/campaigns", campaign(1)), 201).json().getLong("id");
        assertEquals(0, expect(agent.get(schedulePath()), 200).items().size(), "a draft is not published");

        JsonObject published = expect(admin.post("/api/v1/campaigns/" + id + "/publish", new JsonObject()), 200).json();
        assertEquals("active", published.getString("status"));
        Api.Reply first = expect(agent.get(schedulePath()), 200);
        JsonArray items = first.items();
        assertEquals(7, items.size(), "one airing a day over the 7-day horizon");
        JsonObject item = items.getJsonObject(0);
        assertEquals(program, item.getLong("program_id"));
        assertTrue(item.getString("reason").contains("chiến dịch #" + id), item.getString("reason"));
        assertEquals("Phòng chống rét cho trâu bò", item.getString("program_title"), "the station's officer reads what airs");
        assertEquals(new JsonArray().add(new JsonObject().put("id", program).put("title", "Phòng chống rét cho trâu bò")),
                expect(admin.get("/api/v1/campaigns/" + id), 200).json().getJsonArray("programs"), "the campaign names its programs");
        assertEquals("Tuyên truyền mùa đông", item.getString("campaign_name"));
        assertNull(item.getValue("notice_title"));
        String etag = first.header("ETag");

        assertEquals(304, agent.get(schedulePath(), "If-None-Match", etag).status(), "nothing changed");
        expect(admin.post("/api/v1/campaigns/" + id + "/publish", new JsonObject()), 200);
        assertEquals(304, agent.get(schedulePath(), "If-None-Match", etag).status(), "re-publishing the same is no change");

        expect(admin.put("/api/v1/campaigns/" + id, campaign(2)), 200);
        Api.Reply changed = agent.get(schedulePath(), "If-None-Match", etag);
        assertEquals(200, changed.status());
        assertNotEquals(etag, changed.header("ETag"));
        assertEquals(14, changed.items().size());

        expect(admin.post("/api/v1/campaigns/" + id + "/close", new JsonObject()), 200);
        assertEquals(0, expect(agent.get(schedulePath()), 200).items().size());
    }

    @Test
    void theFeasibilityReportSaysWhatDoesNotFitBeforePublishing() {
        // the test clips last 4 s, so a one-minute window is what makes 36 airings a day too many
        expect(admin.put("/api/v1/stations/" + station, Fixtures.station("CB-01273", Fixtures.COMMUNE).put("windows",
                new JsonArray().add(Fixtures.window("06:00", "06:01", Fixtures.EVERY_DAY)))), 200);
        JsonObject body = campaign(1);
        JsonArray many = new JsonArray().add(program);
        for (int i = 0; i < 11; i++) {
            many.add(Programs.approved(admin, Fixtures.DISTRICT, "Chương trình " + i, 40 + i).getLong("id"));
        }
        long id = expect(admin.post("/api/v1/campaigns", body.put("program_ids", many)
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 3))), 201).json().getLong("id");
        JsonObject report = expect(admin.get("/api/v1/campaigns/" + id + "/feasibility"), 200).json();
        assertTrue(report.getInteger("short_station_days") > 0, report.encode());
        JsonObject shortRow = report.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .filter(r -> r.containsKey("message")).findFirst().orElseThrow();
        assertTrue(shortRow.getString("message").startsWith("Cần "), shortRow.getString("message"));
        assertEquals(36, shortRow.getInteger("needed_airings"));
        assertEquals(15, shortRow.getInteger("planned_airings"), "60 s hold fifteen 4-second airings");
        assertEquals(1.0, shortRow.getDouble("available_minutes"), 0.01);
    }

    @Test
    void anUrgentNoticeIsInTheScheduleWhenTheAnswerComes() {
        Instant airAt = clock.instant().plusSeconds(3600);
        JsonObject notice = expect(admin.post("/api/v1/notices", new JsonObject().put("title", "Bão số 3 đổ bộ")
                .put("program_id", program).put("issued_by_unit_code", Fixtures.DISTRICT).put("air_at", airAt.toString())
                .put("override_windows", true).put("target_units", new JsonArray().add(Fixtures.DISTRICT))), 201).json();
        JsonArray items = expect(agent.get(schedulePath()), 200).items();
        JsonObject item = items.stream().map(JsonObject.class::cast)
                .filter(i -> Long.valueOf(notice.getLong("id")).equals(i.getLong("notice_id"))).findFirst().orElseThrow();
        assertEquals(airAt.truncatedTo(ChronoUnit.SECONDS), Instant.parse(item.getString("planned_start")));
        assertTrue(item.getString("reason").contains("thông báo khẩn"));
        assertEquals("Bão số 3 đổ bộ", item.getString("notice_title"));
        assertNull(item.getValue("campaign_name"));
    }

    @Test
    void aNoticeThatHasFinishedCannotBeCancelledAndItsAiringStaysOnTheSchedule() {
        Instant airAt = clock.instant().plusSeconds(600);
        long notice = expect(admin.post("/api/v1/notices", new JsonObject().put("title", "Lũ quét: sơ tán khỏi bờ suối")
                .put("program_id", program).put("issued_by_unit_code", Fixtures.DISTRICT).put("air_at", airAt.toString())
                .put("override_windows", true).put("target_units", new JsonArray().add(Fixtures.DISTRICT))), 201).json()
                .getLong("id");
        clock.set(airAt.plusSeconds(3600));
        admin = scheduler.admin();
        JsonObject error = assertError(admin.post("/api/v1/notices/" + notice + "/cancel", new JsonObject()), 409, "notice_finished");
        assertTrue(error.getString("message").contains("đã phát xong"), error.getString("message"));
        JsonObject followed = expect(admin.get("/api/v1/notices/" + notice), 200).json();
        assertNull(followed.getValue("cancelled_at"));
        assertEquals("waiting", followed.getJsonArray("airings").getJsonObject(0).getString("status"),
                "the agent never pulled it: not received, and not counted as aired");
        assertEquals(1, expect(agent.get(schedulePath()), 200).items().stream().map(JsonObject.class::cast)
                .filter(i -> Long.valueOf(notice).equals(i.getLong("notice_id"))).count(), "what had its time stays");
        assertEquals("received", expect(admin.get("/api/v1/notices/" + notice), 200).json().getJsonArray("airings")
                .getJsonObject(0).getString("status"), "the agent's pull that carried it counts as received");
    }

    @Test
    void aCampaignWithUnapprovedProgramsIsRefused() {
        long draft = Programs.ready(admin, Fixtures.DISTRICT, "Chưa duyệt", 60).getLong("id");
        JsonObject error = assertError(admin.post("/api/v1/campaigns", campaign(1).put("program_ids",
                new JsonArray().add(draft))), 400, "invalid_input");
        assertTrue(error.getString("message").contains("chưa được duyệt"));
    }

    @Test
    void anAiringReportedMissedYesterdayIsMadeUpInTodaysSchedule() {
        long id = expect(admin.post("/api/v1/campaigns", campaign(1)), 201).json().getLong("id");
        expect(admin.post("/api/v1/campaigns/" + id + "/publish", new JsonObject()), 200);
        LocalDate yesterday = TODAY.minusDays(1);
        String sha = expect(admin.get("/api/v1/programs/" + program), 200).json().getJsonObject("rendition").getString("sha256");
        PlannedItem missed = new PlannedItem(station, yesterday, 0, yesterday.atTime(6, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant(), 4000, program, sha, id, null, "chiến dịch #" + id);
        scheduler.store().write(r -> {
            r.planning().publishDay(station, yesterday, List.of(missed), "yesterday", clock.instant(), null);
            return null;
        });
        long itemId = scheduler.store().read(r -> r.agentReports().scheduleItems(station, yesterday, yesterday)).get(0).id();
        expect(agent.post("/api/v1/stations/" + station + "/as-run", new JsonObject().put("records", new JsonArray()
                .add(new JsonObject().put("sequence", 1).put("item_id", itemId).put("program_id", program)
                        .put("outcome", "missed").put("reason", "mất điện")))), 200);

        expect(admin.post("/api/v1/campaigns/" + id + "/publish", new JsonObject()), 200);
        JsonArray today = expect(agent.get(schedulePath()), 200).items();
        assertTrue(today.stream().map(JsonObject.class::cast).anyMatch(i -> i.getString("reason").startsWith("phát bù")),
                today.encode());
    }
}
