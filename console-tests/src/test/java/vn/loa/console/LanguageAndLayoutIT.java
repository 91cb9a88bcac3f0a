package vn.loa.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * Every page an admin can open: in English after the toggle no Vietnamese label is left on screen and the
 * choice survives signing in again; on a 360-px phone nothing spills sideways; axe-core finds no serious
 * or critical violation in either language.
 */
class LanguageAndLayoutIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(PinnedDay.clock());

    private List<String> pages(Province province, long program, long campaign, long notice) {
        return List.of("dashboard", "units", "stations", "stations/" + province.station, "stations/new", "programs", "programs/" + program,
                "campaigns", "campaigns/" + campaign, "campaigns/new", "notices", "notices/" + notice, "notices/new", "schedule",
                "schedule/" + province.station, "week/" + province.station, "weeks", "weeks?station=" + province.station, "password", "hand", "frequency?campaign=" + campaign, "log",
                "users", "audit");
    }

    private Console setUp(Page page, long[] ids, Province[] province) {
        province[0] = new Province(scheduler.admin());
        // real station names run long, and a ward that kept its old stations after the 2025 merge has many:
        // every picker that lists them and the frequency matrix across them must still fit the phone
        for (int i = 1; i <= 10; i++) {
            Fixtures.expect(scheduler.admin().post("/api/v1/stations", Fixtures.station("CB-01279-" + i, Fixtures.OTHER_COMMUNE)
                    .put("name", "Đài truyền thanh phường Nguyễn Thị Minh Khai (cụm loa tổ dân phố " + i + ")")), 201);
        }
        ids[0] = Programs.approved(scheduler.admin(), Fixtures.DISTRICT, "Bản tin an toàn giao thông", 52).getLong("id");
        LocalDate today = PinnedDay.TODAY;
        ids[1] = Province.campaign(scheduler.admin(), "Tháng an toàn giao thông", today, today.plusDays(10), ids[0]);
        ids[2] = Fixtures.expect(scheduler.admin().post("/api/v1/notices", new JsonObject()
                .put("title", "Khẩn: nước sông Bằng Giang dâng cao").put("program_id", ids[0])
                .put("issued_by_unit_code", Fixtures.DISTRICT).put("override_windows", true)
                .put("target_units", new JsonArray().add(Fixtures.DISTRICT))), 201).json().getLong("id");
        scheduler.as("quantri.tinh", Role.ADMIN, Fixtures.PROVINCE);
        // test users are called "Người dùng …", which is also a label; give them people's names, as real users have
        for (Object user : scheduler.admin().get("/api/v1/users").items()) {
            long id = ((JsonObject) user).getLong("id");
            Fixtures.expect(scheduler.admin().put("/api/v1/users/" + id, new JsonObject()
                    .put("display_name", "Nông Thị Hà " + id)), 200);
        }
        return new Console(page, scheduler.admin().baseUrl()).signIn("quantri.tinh", TestUsers.PASSWORD);
    }

    @Test
    void theEnglishToggleChangesEveryVisibleLabelAndIsRememberedForTheUser() {
        long[] ids = new long[3];
        Province[] province = new Province[1];
        Console console = setUp(BROWSER.page(), ids, province);
        Page page = console.page();
        page.locator("#language").click();
        console.ready("dashboard");
        assertEquals("en", page.evaluate("document.documentElement.lang"));
        for (String route : pages(province[0], ids[0], ids[1], ids[2])) {
            console.open(route);
            Object left = page.evaluate("() => { const text = document.body.innerText;"
                    + " return [...window.loaMessages().values()].map(p => p[0])"
                    + ".filter(vi => vi.length > 3 && vi !== 'English' && !vi.includes('{') && text.includes(vi)); }");
            assertEquals(List.of(), left, "Vietnamese labels left on " + route);
            Accessibility.check(page, route + " in English");
        }

        page.locator("#logout").click();
        console.ready("login");
        assertEquals("Username", page.locator("label[for]").first().innerText(), "this browser's sign-in page follows the choice");
        page.getByLabel("Username").fill("quantri.tinh");
        page.locator("#language").click();
        assertEquals("Tên đăng nhập", page.locator("label[for]").first().innerText(), "the sign-in form follows the toggle");
        assertEquals("quantri.tinh", page.getByLabel("Tên đăng nhập").inputValue(), "and keeps what was typed");
        page.locator("#language").click();
        assertEquals("Password", page.locator("label[for]").nth(1).innerText());
        // another browser (nothing stored): the sign-in page is Vietnamese, the user's choice comes from the server
        page.evaluate("localStorage.clear()");
        console.signIn("quantri.tinh", TestUsers.PASSWORD);
        assertTrue(page.locator("main h1").innerText().startsWith("Today"), "English again after signing in: "
                + page.locator("main h1").innerText());
    }

    @Test
    void everyPageFitsAPhoneAndPassesAxeInVietnamese() {
        long[] ids = new long[3];
        Province[] province = new Province[1];
        Console console = setUp(BROWSER.open(360, 740), ids, province);
        Page page = console.page();
        for (String route : pages(province[0], ids[0], ids[1], ids[2])) {
            console.open(route);
            fitsThePhone(page, route);
            Accessibility.check(page, route);
        }
        page.reload();
        console.ready("audit");
        page.keyboard().press("Tab");
        assertEquals("A", page.evaluate("document.activeElement.tagName"), "the first Tab reaches the skip link");
        page.keyboard().press("Enter");
        assertEquals("H1", page.evaluate("document.activeElement.tagName"), "the skip link lands on the page's heading");
        assertTrue(page.url().endsWith("#/audit"), "and stays on the page: " + page.url());
        page.locator("#nav a[href='#/units']").click();
        console.ready("units");
        assertEquals("Đơn vị hành chính và đài truyền thanh", page.evaluate("document.activeElement.textContent"),
                "after a navigation the keyboard starts at the new page's heading");

        // keyboard only: Tab to the stations in the menu, Enter, then Tab into the search and type
        page.locator("#nav a").first().focus();
        for (int i = 0; i < 12 && !"#/stations".equals(page.evaluate("document.activeElement.getAttribute('href')")); i++) {
            page.keyboard().press("Tab");
        }
        assertEquals("#/stations", page.evaluate("document.activeElement.getAttribute('href')"), "the menu is reachable by Tab");
        page.keyboard().press("Enter");
        console.ready("stations");
        assertEquals("H1", page.evaluate("document.activeElement.tagName"));
        for (int i = 0; i < 6 && !"search".equals(page.evaluate("document.activeElement.type")); i++) {
            page.keyboard().press("Tab");
        }
        assertEquals("search", page.evaluate("document.activeElement.type"), "the search box is next after the heading");
        page.keyboard().type("Nguyễn Thị Minh Khai");
        assertTrue(page.locator("main [role=status]").first().innerText().startsWith("10 trong"),
                "typing filters the list: " + page.locator("main [role=status]").first().innerText());
        page.locator("#logout").click();
        console.ready("login");
        fitsThePhone(page, "the sign-in page");
    }

    private static void fitsThePhone(Page page, String where) {
        Object width = page.evaluate("document.documentElement.scrollWidth");
        if (((Number) width).intValue() > 362) {
            Object culprits = page.evaluate("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 362 && !e.closest('#nav'))"
                    + ".slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))");
            throw new AssertionError(where + " is " + width + " px wide on a 360-px phone: " + culprits);
        }
    }
}
