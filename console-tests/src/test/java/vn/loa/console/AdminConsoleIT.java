package vn.loa.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/** An admin sets up a station in the browser and issues the code its agent will enrol with. */
class AdminConsoleIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(PinnedDay.clock());

    @Test
    void adminCreatesAStationWithItsWindowsAndIssuesAnEnrolmentCode() {
        new Province(scheduler.admin());
        scheduler.as("quantri.tinh", Role.ADMIN, Fixtures.PROVINCE);
        Console console = new Console(BROWSER.page(), scheduler.admin().baseUrl()).signIn("quantri.tinh", TestUsers.PASSWORD);
        Page page = console.page();

        console.open("units");
        assertTrue(console.mainText().contains("Thành phố Cao Bằng"), "the tree shows the districts");
        Accessibility.check(page, "units");
        page.getByText("Thêm đài truyền thanh").click();
        console.ready("stations/new");
        Accessibility.check(page, "new station");
        page.getByLabel("Mã đài").fill("CB-01279");
        page.getByLabel("Tên đài").fill("Đài truyền thanh phường Ngọc Xuân");
        page.getByLabel("Xã / phường").selectOption(Fixtures.OTHER_COMMUNE);
        page.getByLabel("Tiếng Tày").check();
        // the default window is every day 06:00–06:30: leave Sunday out, and add an evening window on weekdays
        page.getByLabel("Khung 1: CN").uncheck();
        page.getByText("Thêm khung giờ").click();
        page.getByLabel("Khung 2: giờ bắt đầu").fill("17:00");
        page.getByLabel("Khung 2: giờ kết thúc").fill("17:45");
        page.getByText("Tạo đài").click();

        console.heading("Ngọc Xuân");
        JsonObject created = scheduler.admin().get("/api/v1/stations?within=" + Fixtures.OTHER_COMMUNE).items().getJsonObject(0);
        assertEquals("Đài truyền thanh phường Ngọc Xuân", created.getString("name"));
        assertEquals("[\"vi\",\"tyz\"]", created.getJsonArray("languages").encode());
        assertEquals("[{\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\",\"SAT\"],\"start\":\"06:00\",\"end\":\"06:30\"},"
                + "{\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\"],\"start\":\"17:00\",\"end\":\"17:45\"}]",
                created.getJsonArray("windows").encode());
        assertTrue(console.mainText().contains("Phần mềm tại đài chưa kết nối lần nào"), "no agent yet");

        page.locator("#issue-code").click();
        String code = page.locator("#enrolment-code").innerText().strip();
        assertTrue(code.matches("[2-9A-Z]{4}(-[2-9A-Z]{4})+"), "a code to read aloud, without 0/O or 1/I: " + code);
        page.locator("td", new Page.LocatorOptions().setHasText("mã đăng ký")).first().waitFor();
        JsonObject enrolled = Fixtures.expect(scheduler.api().post("/api/v1/agent/enrol", new JsonObject().put("code", code)), 200)
                .json();
        assertEquals(created.getLong("id"), enrolled.getJsonObject("station").getLong("id"), "the code shown enrols this station's agent");

        // the agent reports records 1 and 3: record 2 is on its way, "not reported yet", not "not aired"
        long id = created.getLong("id");
        Api agent = scheduler.api().withToken(enrolled.getString("token"));
        Instant now = Instant.parse(Fixtures.expect(agent.post("/api/v1/stations/" + id + "/heartbeats",
                new JsonObject().put("agent_version", "0.1.0").put("clock_uncertainty_ms", 35)), 200).json()
                .getString("server_time"));
        JsonArray records = new JsonArray();
        for (long sequence : new long[] {1, 3}) {
            Instant start = now.minusSeconds(3600 - sequence * 300);
            records.add(new JsonObject().put("sequence", sequence).put("outcome", "played").put("seconds_played", 180.0)
                    .put("actual_start", start.toString()).put("actual_end", start.plusSeconds(180).toString()));
        }
        Fixtures.expect(agent.post("/api/v1/stations/" + id + "/as-run", new JsonObject().put("records", records)), 200);
        page.reload();
        console.heading("Ngọc Xuân");
        page.getByText("Chưa báo cáo").waitFor();
        assertTrue(console.mainText().contains("1 bản ghi (số thứ tự 2); máy sẽ gửi khi có mạng"), console.mainText());
        assertTrue(console.mainText().contains("± 35 ms — đường truyền chậm, giờ bắt đầu có thể lệch tới 35 ms"),
                "a clock known only to ±35 ms is said, not hidden: " + console.mainText());
        Accessibility.check(page, "station page");
    }

    @Test
    void theProvincesAdminMakesQuietHoursStrictAndADistrictAdminOnlyReadsThem() {
        new Province(scheduler.admin());
        scheduler.as("quantri.tinh", Role.ADMIN, Fixtures.PROVINCE);
        scheduler.as("quantri.huyen", Role.ADMIN, Fixtures.DISTRICT);
        Console console = new Console(BROWSER.page(), scheduler.admin().baseUrl()).signIn("quantri.tinh", TestUsers.PASSWORD);
        Page page = console.page();
        console.open("units");
        page.getByText("Cài đặt của Tỉnh Cao Bằng").waitFor();
        assertTrue(console.mainText().contains("Giờ yên tĩnh: không phát từ 22:00 đến 05:00 hôm sau"), console.mainText());
        assertTrue(console.mainText().contains("chỉ được cảnh báo, vẫn phát như đã ghi"), console.mainText());
        page.getByLabel("Từ chối khung giờ rơi vào giờ yên tĩnh").check();
        page.getByLabel("Được phát đến").fill("21:30");
        page.locator(".settings-form button[type=submit]").click();
        page.getByText("Đã lưu cài đặt.").waitFor();
        assertTrue(console.mainText().contains("không phát từ 21:30 đến 05:00 hôm sau"), console.mainText());
        assertTrue(console.mainText().contains("Khung giờ rơi vào giờ yên tĩnh bị từ chối"), console.mainText());
        Accessibility.check(page, "province settings");
        JsonObject saved = scheduler.admin().get("/api/v1/org-units/" + Fixtures.PROVINCE + "/settings").json();

        // a refused action says why: an admin cannot lock themselves out
        console.open("users");
        page.getByLabel("Khoá: quantri.tinh").click();
        page.getByText("Bạn không thể tự khoá").waitFor();
        console.open("audit");
        assertTrue(console.mainText().contains("Đổi cài đặt của tỉnh"), "the audit log in words: " + console.mainText());
        assertTrue(saved.getBoolean("quiet_hours_strict"));
        assertEquals("21:30", saved.getJsonObject("quiet_hours").getString("not_after"));

        page.context().clearCookies();
        console.signIn("quantri.huyen", TestUsers.PASSWORD);
        console.open("units");
        page.getByText("Cài đặt của Tỉnh Cao Bằng").waitFor();
        assertTrue(console.mainText().contains("bị từ chối"), console.mainText());
        assertEquals(0, page.locator(".settings-form").count(), "a district's admin reads the province's settings only");
    }

    @Test
    void aMergedCommunesStationShowsEachSiteWithItsStateAndTodaysCoverage() {
        Province province = new Province(scheduler.admin());
        scheduler.as("quantri.tinh", Role.ADMIN, Fixtures.PROVINCE);
        Console console = new Console(BROWSER.page(), scheduler.admin().baseUrl()).signIn("quantri.tinh", TestUsers.PASSWORD);
        Page page = console.page();
        console.open("stations/" + province.station);
        page.getByText("Thêm điểm phát").click();
        page.getByLabel("Mã điểm phát").fill("CB-01273-NC");
        page.getByLabel("Tên điểm phát").fill("Điểm phát Nam Cường (đài xã cũ)");
        page.getByLabel("Vị trí").fill("Nhà văn hoá thôn Nà Phoọc");
        page.getByLabel("Mã đài cũ (nếu có)").fill("BK-02017");
        page.locator("form.site-form button[type=submit]").click();
        page.locator("#sites td", new Page.LocatorOptions().setHasText("Nà Phoọc")).waitFor();

        page.getByLabel("Cấp mã đăng ký cho điểm phát Điểm phát Nam Cường (đài xã cũ)").click();
        String code = page.locator("#site-enrolment-code").innerText().strip();
        JsonObject enrolled = Fixtures.expect(scheduler.api().post("/api/v1/agent/enrol", new JsonObject().put("code", code)), 200)
                .json();
        assertEquals(province.station, enrolled.getJsonObject("station").getLong("id"), "the site's code enrols a PC of this station");
        Api newSite = scheduler.api().withToken(enrolled.getString("token"));
        Instant now = Instant.parse(Fixtures.expect(newSite.post("/api/v1/stations/" + province.station + "/heartbeats",
                new JsonObject().put("agent_version", "0.1.0")), 200).json().getString("server_time"));
        Instant start = now.minusSeconds(1800);
        Fixtures.expect(newSite.post("/api/v1/stations/" + province.station + "/as-run", new JsonObject().put("records",
                new JsonArray().add(new JsonObject().put("sequence", 1).put("outcome", "played").put("seconds_played", 180.0)
                        .put("actual_start", start.toString()).put("actual_end", start.plusSeconds(180).toString())))), 200);
        // the station's first site was last heard two days ago: its PC is off
        long firstSite = scheduler.store().read(r -> r.sites().listForStation(province.station)).get(0).id();
        scheduler.store().write(r -> {
            r.sites().markAlive(firstSite, now.minusSeconds(2 * 86_400));
            return null;
        });

        page.reload();
        page.locator("#site-coverage").waitFor();
        assertEquals("Hôm nay 1/2 điểm phát đã phát", page.locator("#site-coverage").innerText().strip());
        assertTrue(console.mainText().contains("1 điểm phát im lặng: kiểm tra máy tính và đường truyền tại đó."),
                console.mainText());
        assertEquals("im lặng", page.locator("#sites tbody tr").first().locator("td").nth(3).innerText().strip(),
                "the silent site says so in its row");
        Accessibility.check(page, "station with sites");

        // the first screen counts the sites and names the station with several, one of its two heard
        console.open("dashboard");
        page.locator("#dash-sites-online").waitFor();
        assertEquals("1/3 điểm phát đang hoạt động", page.locator("#dash-sites-online").innerText().strip(),
                "the new site heard; the old one silent; the other district's station never connected");
        List<String> several = page.locator("#dash-several-sites tbody tr td").allInnerTexts().stream().map(String::strip).toList();
        assertEquals(List.of("Đài truyền thanh phường Hợp Giang", "1/2 điểm phát"), several);

        // the stations at a glance, filtered to the silent ones: the station whose old site is off, and only it
        console.open("stations");
        assertTrue(console.mainText().contains("2 trong 2 đài"), console.mainText());
        page.getByLabel("Trạng thái").selectOption("silent");
        assertEquals(List.of("Đài truyền thanh phường Hợp Giang (CB-01273)"),
                page.locator("#stations-now tbody tr td:first-child").allInnerTexts().stream().map(String::strip).toList());
        assertTrue(console.mainText().contains("1/2 đang hoạt động"), console.mainText());
        page.getByLabel("Trạng thái").selectOption("never_heard");
        assertEquals(List.of(Province.OTHER_STATION_NAME + " (CB-01300)"),
                page.locator("#stations-now tbody tr td:first-child").allInnerTexts().stream().map(String::strip).toList());
        page.getByLabel("Tìm theo tên hoặc mã đài").fill("Hợp Giang");
        assertTrue(console.mainText().contains("Không có đài nào khớp."), "never heard and Hợp Giang: none");
        Accessibility.check(page, "stations at a glance");
    }

    @Test
    void aPlanningGroupIsListedWithItsCommunesAndNarrowsTheFrequencyMatrix() {
        Api admin = scheduler.admin();
        Province province = new Province(admin);
        Fixtures.expect(admin.post("/api/v1/planning-groups", new JsonObject().put("code", "HUYEN-040")
                .put("name", "Thành phố Cao Bằng cũ").put("province_code", Fixtures.PROVINCE)
                .put("member_codes", new JsonArray().add(Fixtures.COMMUNE))), 201);
        long program = vn.loa.scheduler.testing.Programs.approved(admin, Fixtures.PROVINCE, "Bản tin nông thôn mới", 41)
                .getLong("id");
        long campaign = Province.campaign(admin, "Tuyên truyền nông thôn mới", PinnedDay.TODAY, PinnedDay.TODAY.plusDays(30), program);
        scheduler.as("giamsat", Role.SUPERVISOR, Fixtures.PROVINCE);
        Console console = new Console(BROWSER.page(), admin.baseUrl()).signIn("giamsat", TestUsers.PASSWORD);
        Page page = console.page();

        console.open("units");
        String group = page.locator("ul.groups li[data-code=HUYEN-040]").innerText();
        assertTrue(group.contains("Thành phố Cao Bằng cũ") && group.contains("1 xã/phường: Phường Hợp Giang"), group);
        Accessibility.check(page, "units with planning groups");

        console.open("frequency?campaign=" + campaign);
        page.locator("#matrix thead th[data-place]").first().waitFor();
        assertEquals(2, page.locator("#matrix thead th[data-place]").count(), "the province's two stations");
        page.getByLabel("Đơn vị").selectOption("HUYEN-040");
        page.getByText("Xem", new Page.GetByTextOptions().setExact(true)).click();
        page.waitForFunction("() => document.querySelectorAll('#matrix thead th[data-place]').length === 1");
        assertEquals(List.of("Đài truyền thanh phường Hợp Giang"), page.locator("#matrix thead th[data-place]").allInnerTexts(),
                "the group's station only: " + province.station);
    }
}
