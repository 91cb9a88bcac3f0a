package vn.loa.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * The portal as a resident and a portal's editor meet it (issue 19): a public campaign's page on a phone, its
 * first program played, and its embed shown inside a page of the one portal the administrator listed, refused
 * inside any other.
 */
class PortalConsoleIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    private static final int PORTAL_PORT = freePort();
    private static final String CAMPAIGN = "Tuyên truyền phòng chống thiên tai mùa mưa lũ";

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.with(PinnedDay.clock(),
            Map.of("LOA_PORTAL_FRAME_ANCESTORS", "http://127.0.0.1:" + PORTAL_PORT));

    private HttpServer portal;
    private HttpServer stranger;

    @AfterEach
    void stopPortals() {
        for (HttpServer s : new HttpServer[] {portal, stranger}) {
            if (s != null) {
                s.stop(0);
            }
        }
    }

    private long publicCampaign() {
        new Province(scheduler.admin());
        Api planner = scheduler.as("kehoach.tinh", Role.PLANNER, Fixtures.PROVINCE);
        long first = Programs.approved(scheduler.admin(), Fixtures.PROVINCE, "Kỹ năng thoát hiểm khi lũ quét", 61).getLong("id");
        long second = Programs.approved(scheduler.admin(), Fixtures.PROVINCE, "Chằng chống nhà cửa trước bão", 62).getLong("id");
        long campaign = Province.campaign(planner, CAMPAIGN, PinnedDay.TODAY, PinnedDay.TODAY.plusDays(30), first, second);
        Fixtures.expect(planner.put("/api/v1/campaigns/" + campaign + "/public", new JsonObject().put("public", true)), 200);
        return campaign;
    }

    @Test
    void aResidentPlaysAPublicCampaignOnAPhoneAndOnlyTheListedPortalMayEmbedIt() {
        long campaign = publicCampaign();
        String base = scheduler.admin().baseUrl();
        Page phone = BROWSER.open(360, 780);
        phone.navigate(base + "/public/campaigns/" + campaign);
        assertEquals(CAMPAIGN, phone.locator("h1").innerText().strip());
        assertEquals(2, phone.locator("audio").count(), "each program with the phone's own player");
        assertTrue(phone.locator("body").innerText().contains("Kỹ năng thoát hiểm khi lũ quét"));
        Accessibility.check(phone, "public campaign page");
        Object playing = phone.evaluate("() => new Promise((resolve, reject) => {"
                + " const audio = document.querySelector('audio'); audio.muted = true;"
                + " audio.addEventListener('playing', () => resolve(true), { once: true });"
                + " audio.addEventListener('error', () => reject(new Error('audio error ' + (audio.error && audio.error.code))));"
                + " audio.play().catch(reject); })");
        assertEquals(true, playing, "the first program plays");

        String embed = base + "/public/campaigns/" + campaign + "/embed";
        portal = pageWithFrame(PORTAL_PORT, embed);
        stranger = pageWithFrame(freePort(), embed);
        Page editor = BROWSER.open(1024, 768);
        editor.navigate("http://127.0.0.1:" + PORTAL_PORT + "/");
        assertEquals(CAMPAIGN, editor.frameLocator("#loa").locator("h1").innerText().strip(),
                "the listed portal shows the embed");
        assertEquals(2, editor.frameLocator("#loa").locator("audio").count());
        editor.navigate("http://127.0.0.1:" + stranger.getAddress().getPort() + "/");
        editor.waitForLoadState();
        editor.waitForTimeout(500);
        boolean shown = editor.frames().stream().anyMatch(f -> f != editor.mainFrame() && f.content().contains(CAMPAIGN));
        assertFalse(shown, "another site may not frame it");

        // the planner's console gives the editor the snippet and the feed
        Console console = new Console(BROWSER.open(1280, 900), base).signIn("kehoach.tinh", TestUsers.PASSWORD);
        console.open("campaigns/" + campaign);
        console.page().locator("#embed-code").waitFor();
        String snippet = console.page().locator("#embed-code").inputValue();
        assertTrue(snippet.startsWith("<iframe src=\"" + base + "/public/campaigns/" + campaign + "/embed\""), snippet);
        assertTrue(console.page().locator("#public-feed").innerText().endsWith("/public/campaigns/" + campaign + "/feed.xml"));
        Accessibility.check(console.page(), "campaign with its portal section");
    }

    private static HttpServer pageWithFrame(int port, String src) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            byte[] html = ("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Cổng thông tin</title></head>"
                    + "<body><h1>Cổng thông tin điện tử tỉnh</h1><iframe id=\"loa\" title=\"Chương trình phát thanh\" src=\""
                    + src + "\" width=\"600\" height=\"400\"></iframe></body></html>").getBytes(StandardCharsets.UTF_8);
            server.createContext("/", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, html.length);
                exchange.getResponseBody().write(html);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
