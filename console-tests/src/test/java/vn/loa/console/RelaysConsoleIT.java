package vn.loa.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.media.FfmpegLocator;
import vn.loa.agent.time.SimulatedClock;
import vn.loa.media.LiveStream;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * Relays in the console: the province's admin names the VOV1 stream after trying it from the server (a mistyped
 * address is refused in words), puts it on a ward's station at 17:00 on weekdays (Saturday refused, the ward
 * has no evening window then, and the page says so), and the station's day and week show the relay. The source is
 * renamed from the page; once the relay is over with no agent to air it, its compliance says so, as does the
 * province's week.
 */
class RelaysConsoleIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    private final SimulatedClock clock = (SimulatedClock) PinnedDay.clock();

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(clock);

    @TempDir
    Path tmp;

    @Test
    void anAdminNamesAStreamAfterTryingItAndTheStationsDayShowsTheRelay() throws IOException {
        Province province = new Province(scheduler.admin());
        scheduler.as("quantri.tinh", Role.ADMIN, Fixtures.PROVINCE);
        try (LiveStream stream = LiveStream.start(FfmpegLocator.locate(null, tmp), "vov1.mp3")) {
            Console console = new Console(BROWSER.page(), scheduler.admin().baseUrl()).signIn("quantri.tinh", TestUsers.PASSWORD);
            Page page = console.page();
            console.open("relays");
            assertTrue(console.mainText().contains("Chưa có nguồn tiếp âm nào."));
            Locator sourceForm = page.locator("#relay-source-form");
            sourceForm.getByLabel("Tên (ví dụ: Tiếp âm VOV1)").fill("Tiếp âm VOV1");
            sourceForm.getByLabel("Địa chỉ luồng phát (http:// hoặc https://)").fill("ftp://vov.vn/vov1.mp3");
            sourceForm.locator("button[type=submit]").click();
            page.getByText("phải bắt đầu bằng http:// hoặc https://", new Page.GetByTextOptions().setExact(false)).waitFor();

            sourceForm.getByLabel("Địa chỉ luồng phát (http:// hoặc https://)").fill(stream.url("vov1.mp3"));
            page.locator("#relay-test").click();
            page.getByText("Luồng phát nghe được (MP3).").waitFor();
            Accessibility.check(page, "relay sources");
            sourceForm.locator("button[type=submit]").click();
            page.locator("main table td", new Page.LocatorOptions().setHasText(stream.url("vov1.mp3"))).waitFor();

            Locator slotForm = page.locator("#relay-slot-form");
            slotForm.getByLabel("Đài", new Locator.GetByLabelOptions().setExact(true))
                    .selectOption(String.valueOf(province.station));
            slotForm.getByLabel("Bắt đầu").fill("17:00");
            slotForm.getByLabel("Số phút").fill("30");
            slotForm.locator("button[type=submit]").click();
            page.getByText("nằm ngoài khung phát của đài Đài truyền thanh phường Hợp Giang vào T7",
                    new Page.GetByTextOptions().setExact(false)).waitFor();
            slotForm.locator("input[value=SAT]").uncheck();
            slotForm.locator("button[type=submit]").click();
            page.locator("main table td", new Page.LocatorOptions().setHasText("17:00–17:30")).waitFor();
            assertEquals(1, page.locator("main table td", new Page.LocatorOptions().setHasText("17:00–17:30")).count());
            Accessibility.check(page, "relay slots");

            console.open("schedule/" + province.station + "?day=" + PinnedDay.TODAY);
            Locator relays = page.locator("#day-relays");
            relays.waitFor();
            assertTrue(relays.innerText().contains("Tiếp âm VOV1"), relays.innerText());
            assertTrue(relays.innerText().contains("17:00"), relays.innerText());
            assertEquals(1, page.locator(".timeline .mark.relay").count(), "the relay on the day's timeline");

            console.open("week/" + province.station);
            Locator inWeek = page.locator("section[data-day='" + PinnedDay.TODAY + "'] li.relay");
            assertEquals("17:00 Tiếp âm Tiếp âm VOV1 (30 phút)", inWeek.innerText().replaceAll("\\s+", " ").strip());
            Accessibility.check(page, "week with a relay");

            console.open("relays");
            page.locator("main table tr", new Page.LocatorOptions().setHasText(stream.url("vov1.mp3")))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sửa")).click();
            Locator edit = page.locator("#relay-source-edit");
            edit.getByLabel("Tên (ví dụ: Tiếp âm VOV1)").fill("Tiếp âm VOV1 (Đài TNVN)");
            edit.getByLabel("Thử luồng phát trước khi lưu").uncheck();
            edit.locator("button[type=submit]").click();
            Locator renamed = page.locator("main table td", new Page.LocatorOptions().setHasText("Tiếp âm VOV1 (Đài TNVN)"));
            renamed.first().waitFor();
            assertEquals(2, renamed.count(), "the source's line and its slot's both carry the new name");
            assertEquals(0, page.locator("#relay-source-edit").count(), "saved: the page is drawn again with the new name");
        }

        clock.jumpTo(PinnedDay.TODAY.atTime(17, 45).atZone(PinnedDay.ZONE).toInstant());
        Console later = new Console(BROWSER.page(), scheduler.admin().baseUrl()).signIn("quantri.tinh", TestUsers.PASSWORD);
        Page page = later.page();
        later.open("relays");
        page.locator("#relay-compliance-form button[type=submit]").click();
        page.locator("#relay-compliance").waitFor();
        assertTrue(page.locator("#relay-overall").innerText().startsWith("0/1 buổi phát trọn"),
                page.locator("#relay-overall").innerText());
        Locator line = page.locator("#relay-compliance tbody tr").first();
        assertTrue(line.innerText().contains("Đài truyền thanh phường Hợp Giang"), line.innerText());
        assertTrue(line.innerText().contains("Đài im lặng, mất liên lạc"), "no agent ever aired there: " + line.innerText());
        assertTrue(page.locator("main a[download]", new Page.LocatorOptions().setHasText("Tải CSV")).getAttribute("href")
                .contains("format=csv"));
        Accessibility.check(page, "relay compliance");

        later.open("weeks");
        Locator today = page.locator("#week-grid td[data-day='" + PinnedDay.TODAY + "'] li.relay");
        assertEquals(1, today.count());
        assertEquals("not_reported", today.getAttribute("data-outcome"));
        assertEquals(4, page.locator("#week-grid li.relay[data-outcome=pending]").count(), "Wednesday to Friday and Monday");
        assertEquals("Tiếp âm: 0 buổi phát trọn trong 5 buổi", page.locator("#week-relays").innerText());
        Accessibility.check(page, "province week with relays");
    }
}
