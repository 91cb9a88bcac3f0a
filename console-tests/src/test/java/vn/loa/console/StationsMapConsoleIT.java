package vn.loa.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * Stations at a glance, drawn: an admin places the old commune stations (sites) of a merged commune by
 * their coordinates, and the supervisor's map shows the silent one in red among them, with a schematic by
 * unit for the stations nobody has placed. Tiles come from a tile server on loopback named in the config;
 * nothing else leaves the office.
 */
class StationsMapConsoleIT {

    /** A tile server on loopback, as an office's own: every tile a plain 256 px square, counted. */
    private static final AtomicInteger TILES = new AtomicInteger();
    private static final HttpServer TILE_SERVER = tileServer();

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.with(PinnedDay.clock(), Map.of(
            "LOA_CONSOLE_MAP_TILES", "http://127.0.0.1:" + TILE_SERVER.getAddress().getPort() + "/tiles/{z}/{x}/{y}.png",
            "LOA_CONSOLE_MAP_ATTRIBUTION", "© Bản đồ nền của Sở (thử nghiệm)"));

    @AfterAll
    static void stopTiles() {
        TILE_SERVER.stop(0);
    }

    @Test
    void theSilentSiteShowsRedOnTheMapAndItsUnitLeadsTheSchematic() {
        Province province = new Province(scheduler.admin());
        scheduler.as("quantri.tinh", Role.ADMIN, vn.loa.scheduler.testing.Fixtures.PROVINCE);
        Console console = new Console(BROWSER.page(), scheduler.admin().baseUrl()).signIn("quantri.tinh", TestUsers.PASSWORD);
        Page page = console.page();

        // the station's first site placed by correcting it; an old commune's station added with a comma decimal
        console.open("stations/" + province.station);
        page.locator("#sites button[data-site='CB-01273']").click();
        var editor = page.locator("#site-editor");
        assertEquals("CB-01273", editor.getByLabel("Mã điểm phát").inputValue(), "the code shows, and stays");
        editor.getByLabel("Vĩ độ (ví dụ 22,6657)").fill("22.6657");
        editor.getByLabel("Kinh độ (ví dụ 106,2578)").fill("106.2578");
        editor.getByText("Lưu", new Locator.GetByTextOptions().setExact(true)).click();
        page.getByText("Đã lưu điểm phát").waitFor();
        page.getByText("Thêm điểm phát").click();
        page.getByLabel("Mã điểm phát").fill("CB-01273-NC");
        page.getByLabel("Tên điểm phát").fill("Điểm phát Nam Cường (đài xã cũ)");
        page.locator("form.site-form").last().getByLabel("Vĩ độ (ví dụ 22,6657)").fill("22,7012");
        page.locator("form.site-form").last().getByLabel("Kinh độ (ví dụ 106,2578)").fill("106,3015");
        page.locator("form.site-form").last().locator("button[type=submit]").click();
        page.locator("#sites td", new Page.LocatorOptions().setHasText("Nam Cường")).waitFor();
        // a site added by mistake, never used: deleted after the question
        page.locator("form.site-form").last().getByLabel("Mã điểm phát").fill("CB-01273-X");
        page.locator("form.site-form").last().getByLabel("Tên điểm phát").fill("Điểm phát nhập nhầm");
        page.locator("form.site-form").last().getByLabel("Vĩ độ (ví dụ 22,6657)").fill("hai mươi hai");
        page.locator("form.site-form").last().getByLabel("Kinh độ (ví dụ 106,2578)").fill("106");
        page.locator("form.site-form").last().locator("button[type=submit]").click();
        page.getByText("Vĩ độ, kinh độ phải là số").waitFor();
        page.locator("form.site-form").last().getByLabel("Vĩ độ (ví dụ 22,6657)").fill("");
        page.locator("form.site-form").last().getByLabel("Kinh độ (ví dụ 106,2578)").fill("");
        page.locator("form.site-form").last().locator("button[type=submit]").click();
        page.locator("#sites td", new Page.LocatorOptions().setHasText("nhập nhầm")).waitFor();
        Accessibility.check(page, "sites with change and delete");
        var mistaken = page.locator("#sites tbody tr", new Page.LocatorOptions().setHasText("nhập nhầm"));
        mistaken.locator("button.danger").click();
        mistaken.locator("button[id$='-confirm']").click();
        page.getByText("Đã xoá điểm phát Điểm phát nhập nhầm.").waitFor();
        assertEquals(2, page.locator("#sites tbody tr").count(), "the two placed sites remain");

        // the first site heard two days ago (its PC is off), the old commune's never: the station is silent
        long firstSite = scheduler.store().read(r -> r.sites().listForStation(province.station)).get(0).id();
        Instant now = PinnedDay.clock().instant();
        scheduler.store().write(r -> {
            r.sites().markAlive(firstSite, now.minusSeconds(2 * 86_400));
            return null;
        });

        List<String> elsewhere = new CopyOnWriteArrayList<>();
        String tiles = "http://127.0.0.1:" + TILE_SERVER.getAddress().getPort() + "/";
        page.onRequest(request -> {
            if (!request.url().startsWith(scheduler.admin().baseUrl()) && !request.url().startsWith(tiles)) {
                elsewhere.add(request.url());
            }
        });
        console.open("stations");
        page.getByText("Bản đồ và sơ đồ").click();
        page.locator("#stations-map[data-drawn='2']").waitFor();
        assertEquals(1, page.locator("#stations-map path.place-silent").count(), "the site off for two days, in red");
        assertEquals(1, page.locator("#stations-map path.place-never_heard").count(), "the old commune's, never heard");
        assertEquals("Phường Hợp Giang", page.locator("#stations-schematic li").first().locator("strong").innerText().strip(),
                "the unit with the silent station comes first");
        assertEquals(List.of("silent", "never_heard"), page.locator("#stations-schematic li").first().locator(".dot")
                .evaluateAll("dots => dots.map(d => d.className.replace('dot ', ''))"), "one dot per site, in its state");
        assertTrue(console.mainText().contains("2 điểm phát có tọa độ; 1 điểm chưa có tọa độ chỉ hiện trên sơ đồ."),
                console.mainText());
        page.waitForCondition(() -> TILES.get() > 0);
        assertTrue(page.locator("#stations-map img.leaflet-tile-loaded").count() > 0, "tiles shown: the CSP lets the tile server in");
        assertTrue(page.locator("#stations-map").innerText().contains("© Bản đồ nền của Sở (thử nghiệm)"), "the provider credited");
        Accessibility.check(page, "stations map and schematic");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "stations-map.png")).setFullPage(true));

        // the red dot opens its station
        page.locator("#stations-map path.place-silent").click();
        page.locator(".place-popup a").click();
        console.heading("Hợp Giang");

        // the filters carry into the map: never-heard stations, of which nobody placed any
        console.open("stations?view=map&state=never_heard");
        assertTrue(console.mainText().contains("Chưa điểm phát nào có tọa độ"), console.mainText());
        assertEquals(List.of(Province.OTHER_STATION_NAME), page.locator("#stations-schematic li p a").allInnerTexts());
        page.getByText("Danh sách", new Page.GetByTextOptions().setExact(true)).click();
        page.locator("#stations-now").waitFor();
        assertEquals(List.of(Province.OTHER_STATION_NAME + " (CB-01300)"),
                page.locator("#stations-now tbody tr td:first-child").allInnerTexts().stream().map(String::strip).toList(),
                "the list keeps the filter");
        assertEquals(List.of(), elsewhere, "nothing but the server and the configured tile server is asked");
    }

    private static HttpServer tileServer() {
        try {
            BufferedImage tile = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
            var g = tile.createGraphics();
            g.setColor(new Color(0xe8e4d8));
            g.fillRect(0, 0, 256, 256);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(tile, "png", png);
            byte[] bytes = png.toByteArray();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/tiles/", exchange -> {
                TILES.incrementAndGet();
                exchange.getResponseHeaders().set("Content-Type", "image/png");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
