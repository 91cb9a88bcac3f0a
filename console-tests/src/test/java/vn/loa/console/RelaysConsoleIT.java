package vn.loa.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.media.FfmpegLocator;
import vn.loa.media.LiveStream;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * Relays in the console: the province's admin names the VOV1 stream after trying it from the server (a mistyped
 * address is refused in words), puts it on a ward's station at 17:00 on weekdays (Saturday refused, the ward
 * has no evening window then, and the page says so), and the station's day shows the relay.
 */
class RelaysConsoleIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(PinnedDay.clock());

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
        }
    }
}
