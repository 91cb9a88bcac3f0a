package vn.loa.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * The first day of a commune radio officer: the admin adds them in the browser, they sign in with the
 * one-time password, must choose their own, and then see their one station and nothing of anyone else's.
 */
class FirstSignInIT {

    private static final String OFFICER = "canbo.hopgiang";
    private static final String OWN_PASSWORD = "Loa-Hợp-Giang-2026";
    // the users table's "Đổi vai trò, phạm vi" buttons also match a loose label
    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(PinnedDay.clock());

    @Test
    void anOfficerAddedByTheAdminChoosesTheirOwnPasswordAndThenSeesOnlyTheirStation() {
        Province province = new Province(scheduler.admin());
        // the province's campaign airs a program another district produced: the officer may not list it, yet must read it
        long program = Programs.approved(scheduler.admin(), Province.OTHER_DISTRICT, "Mô hình trồng quế hữu cơ ở Hòa An", 12).getLong("id");
        LocalDate today = PinnedDay.TODAY;
        Province.campaign(scheduler.admin(), "Tuyên truyền giảm nghèo về thông tin", today, today.plusDays(10), program);
        scheduler.as("quantri.tinh", Role.ADMIN, Fixtures.PROVINCE);
        Console console = new Console(BROWSER.page(), scheduler.admin().baseUrl()).openSignIn();
        Page page = console.page();
        Accessibility.check(page, "sign-in page");

        page.getByLabel("Tên đăng nhập").fill("quantri.tinh");
        page.getByLabel("Mật khẩu").fill("không-phải-mật-khẩu");
        page.locator("#login-form button[type=submit]").click();
        page.getByText("Tên đăng nhập hoặc mật khẩu không đúng.").waitFor();
        Accessibility.check(page, "sign-in page showing its error");

        console.signIn("quantri.tinh", TestUsers.PASSWORD).open("users");
        page.getByLabel("Tên đăng nhập").fill(OFFICER);
        page.getByLabel("Họ và tên").fill("Nông Thị Hà");
        page.getByLabel("Vai trò", EXACT).selectOption("operator");
        page.getByLabel("Phạm vi", EXACT).selectOption(Fixtures.COMMUNE);
        page.getByText("Tạo người dùng").click();
        String oneTime = page.locator("#one-time-password").innerText().strip();
        assertTrue(page.locator("main table tr", new Page.LocatorOptions().setHasText(OFFICER)).innerText().contains("chờ đổi mật khẩu"),
                "the new user waits for a password change");
        page.locator("#logout").click();

        console.signIn(OFFICER, oneTime, "password");
        assertTrue(console.mainText().contains("Bạn đang dùng mật khẩu một lần"), console.mainText());
        Accessibility.check(page, "password change page");
        page.getByLabel("Mật khẩu hiện tại").fill(oneTime);
        page.getByLabel("Mật khẩu mới (ít nhất 12 ký tự)").fill(OWN_PASSWORD);
        page.getByText("Đổi mật khẩu", new Page.GetByTextOptions().setExact(true)).last().click();
        console.ready("dashboard");
        assertTrue(page.locator("header .who").innerText().contains("Nông Thị Hà (cán bộ đài xã)"));
        assertEquals(List.of("Tổng quan", "Đơn vị và đài", "Trạng thái các đài", "Chiến dịch", "Thông báo khẩn", "Lịch phát",
                        "Tần suất phát", "Nhật ký phát"), page.locator("#nav a").allInnerTexts(), "an officer's menu has no programs, users or audit;"
                        + " it reads the campaigns and follows the urgent notices that reach the station");
        assertEquals(401, scheduler.api().post("/api/v1/session", new JsonObject().put("username", OFFICER)
                .put("password", oneTime)).status(), "the one-time password is spent");
        scheduler.api().signIn(OFFICER, OWN_PASSWORD);

        page.locator("#nav a", new Page.LocatorOptions().setHasText("Lịch phát")).click();
        console.ready("schedule/" + province.station); // one station in the officer's scope: straight to its day
        console.heading("Lịch phát của Đài truyền thanh phường Hợp Giang");
        page.getByText("Ngày sau →").click(); // tomorrow has its airings whatever the hour of the test
        console.heading(dayMonthYear(today.plusDays(1)));
        Locator item = page.locator("main table tbody tr").first();
        assertTrue(item.innerText().contains("Mô hình trồng quế hữu cơ ở Hòa An") && item.innerText().contains("Tuyên truyền giảm nghèo về thông tin"),
                "the officer reads what airs and for which campaign: " + item.innerText());
        Accessibility.check(page, "the officer's schedule");
        console.open("stations/" + province.otherStation);
        assertTrue(page.locator("main .status.error").isVisible(), "another commune's station is refused");
        console.open("log");
        assertFalse(page.locator("main").textContent().contains(Province.OTHER_STATION_NAME), "the log offers only the officer's station");
        console.open("stations/" + province.station);
        console.heading("Hợp Giang");
        assertEquals(0, page.locator("#issue-code").count(), "only an admin issues enrolment codes");
        assertTrue(console.mainText().contains("Hãy đề nghị quản trị viên cấp mã đăng ký"), "the officer is told whom to ask");
    }

    private static String dayMonthYear(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
