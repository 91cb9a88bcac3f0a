package vn.loa.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.planning.PlannedItem;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * The week at a glance: a merged commune whose station has two sites (its own PC and the old commune's) reads
 * site by site, one site's airing played and the other's missed; the province reads a station a row, the
 * merged station counted as played (the best of its sites), the other district's station not reported.
 */
class WeekViewsConsoleIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(PinnedDay.clock());

    @Test
    void aCommuneSiteBySiteAndTheProvinceStationByStation() {
        Api admin = scheduler.admin();
        Province province = new Province(admin);
        LocalDate today = PinnedDay.TODAY;
        long program = Programs.approved(admin, Fixtures.DISTRICT, "Bản tin phòng chống thiên tai", 61).getLong("id");
        long campaign = Province.campaign(admin, "Phòng chống thiên tai", today.minusDays(2), today.plusDays(10), program);
        // published at 09:00, after this morning's window: today's 06:00 airing as an earlier publication had it
        String sha = admin.get("/api/v1/programs/" + program).json().getJsonObject("rendition").getString("sha256");
        Instant six = today.atTime(6, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        for (long station : new long[] {province.station, province.otherStation}) {
            scheduler.store().write(r -> {
                r.planning().publishDay(station, today, List.of(new PlannedItem(station, today, 0, six, 61_000, program, sha,
                        campaign, null, "chiến dịch #" + campaign)), "sáng nay", six.minusSeconds(3600), null);
                return null;
            });
        }
        String sites = "/api/v1/stations/" + province.station + "/sites";
        long own = admin.get(sites).json().getJsonArray("items").getJsonObject(0).getLong("id");
        long old = Fixtures.expect(admin.post(sites, new JsonObject().put("code", "CB-01273-NC")
                .put("name", "Điểm phát Nam Cường (đài xã cũ)")), 201).json().getLong("id");
        JsonObject item = admin.get("/api/v1/stations/" + province.station + "/schedule?from=" + today + "&to=" + today).json()
                .getJsonArray("items").getJsonObject(0);
        Instant planned = Instant.parse(item.getString("planned_start"));
        report(enrolled(sites, own), province.station, new JsonObject().put("sequence", 1).put("item_id", item.getLong("id"))
                .put("program_id", program).put("outcome", "played").put("seconds_played", 61.0)
                .put("planned_start", planned.toString()).put("actual_start", planned.toString())
                .put("actual_end", planned.plusSeconds(61).toString()));
        report(enrolled(sites, old), province.station, new JsonObject().put("sequence", 1).put("item_id", item.getLong("id"))
                .put("program_id", program).put("outcome", "missed").put("reason", "mất điện"));

        scheduler.as("giamsat.tinh", Role.SUPERVISOR, Fixtures.PROVINCE);
        Console console = new Console(BROWSER.page(), admin.baseUrl()).signIn("giamsat.tinh", TestUsers.PASSWORD);
        Page page = console.page();
        console.open("weeks?station=" + province.station);
        console.heading("Cả tuần của Đài truyền thanh phường Hợp Giang, theo điểm phát");
        Locator rows = page.locator("#week-grid tbody tr");
        assertEquals(2, rows.count(), "a row per site");
        assertEquals(List.of("played"), outcomes(rows.filter(new Locator.FilterOptions().setHasNotText("Nam Cường")), today));
        assertEquals(List.of("missed"), outcomes(rows.filter(new Locator.FilterOptions().setHasText("Nam Cường")), today));
        assertTrue(rows.first().locator("td[data-day='" + today.plusDays(1) + "'] li").count() == 1, "tomorrow's airing, not yet due");
        Accessibility.check(page, "a commune's week site by site");

        console.open("stations");
        page.getByText("Xem cả tuần của các đài này").click();
        console.ready("weeks");
        Locator stations = page.locator("#week-grid tbody tr");
        assertEquals(2, stations.count(), "the province's two stations");
        assertEquals(List.of("played"), outcomes(stations.filter(new Locator.FilterOptions().setHasText("Hợp Giang")), today),
                "aired at one of its two sites: the station aired it");
        assertEquals(List.of("not_reported"), outcomes(stations.filter(new Locator.FilterOptions()
                .setHasText(Province.OTHER_STATION_NAME)), today), "the station without a PC has not reported its 06:00");
        assertTrue(page.locator("main [role=status]").first().innerText().startsWith("1 đã phát trong "),
                page.locator("main [role=status]").first().innerText());
        Accessibility.check(page, "the province's week");
        stations.filter(new Locator.FilterOptions().setHasText("Hợp Giang")).locator("a").click();
        console.ready("week/" + province.station);
    }

    private Api enrolled(String sites, long site) {
        String code = Fixtures.expect(scheduler.admin().post(sites + "/" + site + "/enrolment-codes", new JsonObject()), 201).json()
                .getString("code");
        return scheduler.api().withToken(Fixtures.expect(scheduler.api().post("/api/v1/agent/enrol",
                new JsonObject().put("code", code)), 200).json().getString("token"));
    }

    private static void report(Api pc, long station, JsonObject record) {
        Fixtures.expect(pc.post("/api/v1/stations/" + station + "/as-run", new JsonObject().put("records", new JsonArray().add(record))),
                200);
    }

    private static List<String> outcomes(Locator row, LocalDate day) {
        assertEquals(1, row.count(), "one row");
        return row.locator("td[data-day='" + day + "'] li").all().stream().map(li -> li.getAttribute("data-outcome")).toList();
    }
}
