package vn.loa.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * A storm is coming: the district planner issues an urgent notice in the browser, reviews it on the
 * confirmation step (nothing goes out before that), and the commune officer finds it on today's schedule.
 */
class UrgentNoticeConsoleIT {

    private static final String TITLE = "Khẩn: bão số 3 sắp đổ bộ, tàu thuyền không ra khơi";

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(PinnedDay.clock());

    @Test
    void thePlannerConfirmsAnUrgentNoticeBeforeItGoesOutAndTheOfficerSeesItOnTodaysSchedule() {
        Api admin = scheduler.admin();
        Province province = new Province(admin);
        long program = Programs.approved(admin, Fixtures.DISTRICT, "Thông báo phòng chống bão", 9).getLong("id");
        scheduler.as("kehoach.thanhpho", Role.PLANNER, Fixtures.DISTRICT);
        Console console = new Console(BROWSER.page(), admin.baseUrl()).signIn("kehoach.thanhpho", TestUsers.PASSWORD);
        Page page = console.page();

        console.open("campaigns");
        page.getByText("Phát thông báo khẩn").click();
        console.ready("notices/new");
        Accessibility.check(page, "urgent notice form");
        page.getByLabel("Tiêu đề thông báo").fill(TITLE);
        page.getByLabel("Âm thanh (chương trình đã duyệt)").selectOption(String.valueOf(program));
        // units are ticked, not Ctrl-clicked: a finger on a phone can do it; the filter narrows a province's list
        page.locator("#notice-units input[type=search]").fill("Cao Bằng");
        page.locator("#notice-units").getByLabel("Thành phố Cao Bằng", new Locator.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Phát cả ngoài khung giờ của đài").check();
        page.getByLabel("Số lần phát").fill("2");
        page.getByLabel("Cách nhau (phút)").fill("5");
        page.getByText("Xem lại trước khi phát").click();

        Locator confirm = page.getByRole(AriaRole.ALERTDIALOG);
        assertTrue(confirm.innerText().contains("\"" + TITLE + "\" sẽ phát 2 lần tại: Thành phố Cao Bằng. Thời điểm: ngay bây giờ."),
                confirm.innerText());
        Accessibility.check(page, "urgent notice confirmation");
        assertEquals(0, noticeItems(admin, province.station), "nothing goes out before the confirmation");

        page.getByText("Quay lại sửa").click();
        assertEquals(TITLE, page.getByLabel("Tiêu đề thông báo").inputValue(), "going back keeps what was typed");
        page.getByLabel("Số lần phát").fill("3");
        page.getByText("Xem lại trước khi phát").click();
        assertTrue(confirm.innerText().contains("sẽ phát 3 lần"), confirm.innerText());
        assertTrue(confirm.innerText().contains("1 trong 1 đài chưa từng kết nối phần mềm tại đài: thông báo sẽ không được phát ở đó."),
                "the planner is told before issuing that the station has no agent: " + confirm.innerText());
        page.getByText("Xác nhận và phát").click();
        page.getByText("Đã phát thông báo tới 1 đài.").waitFor();
        assertEquals(3, noticeItems(admin, province.station), "three airings on the district's one station");

        console.open("dashboard");
        Locator notices = page.locator("section[aria-labelledby=dash-notices]");
        assertTrue(notices.innerText().contains(TITLE) && notices.innerText().contains("tại 1 đài"), notices.innerText());

        scheduler.as("canbo.hopgiang", Role.OPERATOR, Fixtures.COMMUNE);
        BROWSER.open(1280, 900);
        console = new Console(BROWSER.page(), admin.baseUrl()).signIn("canbo.hopgiang", TestUsers.PASSWORD);
        page = console.page();
        page.locator("#nav a", new Page.LocatorOptions().setHasText("Lịch phát")).click();
        console.ready("schedule/" + province.station);
        Locator row = page.locator("main table tbody tr", new Page.LocatorOptions().setHasText("thông báo khẩn")).first();
        assertTrue(row.innerText().contains("Thông báo phòng chống bão") && row.innerText().contains("thông báo khẩn: " + TITLE),
                row.innerText());
        Accessibility.check(page, "the officer's schedule with the notice");

        // the planner follows the notice station by station, then cancels it: what has not aired is withdrawn
        BROWSER.open(1280, 900);
        console = new Console(BROWSER.page(), admin.baseUrl()).signIn("kehoach.thanhpho", TestUsers.PASSWORD);
        page = console.page();
        page.locator("#nav a", new Page.LocatorOptions().setHasText("Thông báo khẩn")).click();
        console.ready("notices");
        Accessibility.check(page, "urgent notices");
        page.getByText(TITLE).click();
        page.locator("#notice-airings").waitFor();
        assertEquals(3, page.locator("#notice-airings tbody tr", new Page.LocatorOptions().setHasText("Chưa nhận")).count(),
                "an agent that never connected has received none of the three airings");
        assertTrue(page.locator("main").innerText().contains("1 trong 1 đài chưa từng kết nối phần mềm tại đài"));
        Accessibility.check(page, "an urgent notice followed station by station");

        // the station's agent connects and fetches its schedule: the page says so by itself, without a reload
        page.evaluate("() => { window.loaNotReloaded = true; }");
        String code = Fixtures.expect(admin.post("/api/v1/stations/" + province.station + "/enrolment-codes", new JsonObject()), 201)
                .json().getString("code");
        Api agent = scheduler.api().withToken(Fixtures.expect(scheduler.api().post("/api/v1/agent/enrol",
                new JsonObject().put("code", code)), 200).json().getString("token"));
        Fixtures.expect(agent.get("/api/v1/stations/" + province.station + "/schedule"), 200);
        page.waitForFunction("() => document.querySelector('#notice-progress').textContent.includes('3 đã nhận chờ phát')", null,
                new Page.WaitForFunctionOptions().setTimeout(20_000));
        assertEquals(true, page.evaluate("() => window.loaNotReloaded === true"), "updated in place, not reloaded");
        assertEquals("notices/" + page.url().replaceAll(".*#/notices/", ""), page.locator("main").getAttribute("data-route"),
                "still on the notice's page");
        assertEquals(3, page.locator("#notice-airings tbody tr", new Page.LocatorOptions().setHasText("Đã nhận")).count(),
                page.locator("#notice-airings").innerText());
        page.getByText("Huỷ thông báo").click();
        assertTrue(page.getByRole(AriaRole.ALERTDIALOG).innerText().contains("Những lượt đã phát vẫn giữ trong nhật ký"));
        Accessibility.check(page, "cancelling an urgent notice");
        page.getByText("Xác nhận huỷ").click();
        page.getByText("Đã huỷ thông báo; lịch của 1 đài đã được cập nhật.").waitFor();
        assertTrue(noticeItems(admin, province.station) <= 1, "the airings still ahead left the schedule");
        console.open("notices");
        assertTrue(page.locator("main table").innerText().contains("Đã huỷ"), page.locator("main table").innerText());
    }

    /** The station's urgent-notice airings today and tomorrow (the last repeat may fall after midnight). */
    private static int noticeItems(Api admin, long station) {
        LocalDate today = PinnedDay.TODAY;
        return (int) admin.get("/api/v1/stations/" + station + "/schedule?from=" + today + "&to=" + today.plusDays(1)).json()
                .getJsonArray("items").stream().map(JsonObject.class::cast).filter(i -> i.getValue("notice_id") != null).count();
    }
}
