package vn.loa.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.Agent;
import vn.loa.agent.AgentConfig;
import vn.loa.agent.Identity;
import vn.loa.agent.Main;
import vn.loa.agent.playout.FileSink;
import vn.loa.agent.time.SimulatedClock;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Eventually;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * A real agent airs (file sink, on the scheduler's simulated clock, four times real time) and a province
 * supervisor finds the airing in the log, the frequency matrix and the dashboard, narrows the matrix to a
 * district and downloads its CSV, whose figures are the page's.
 */
class SupervisorConsoleIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Saturday 28 November 2026: the stations have their 06:00 window only (17:00 is weekdays). */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    private final SimulatedClock clock = new SimulatedClock(TODAY.atTime(LocalTime.of(5, 0)).atZone(ZONE).toInstant(), 4);

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(clock);

    @TempDir
    Path agentData;
    @TempDir
    Path air;

    @Test
    void theSupervisorSeesTheAgentsAiringInTheLogTheMatrixAndTheDashboardAndItsCsvAgrees() throws Exception {
        Api admin = scheduler.admin();
        Province province = new Province(admin);
        long program = Programs.approved(admin, Fixtures.DISTRICT, "Bản tin nông thôn mới", 41).getLong("id");
        long campaign = Province.campaign(admin, "Tuyên truyền nông thôn mới", TODAY.minusDays(1), TODAY.plusDays(30), program);
        long laterProgram = Programs.approved(admin, Fixtures.DISTRICT, "Phòng chống cháy rừng mùa khô", 42).getLong("id");

        String code = Fixtures.expect(admin.post("/api/v1/stations/" + province.station + "/enrolment-codes", new JsonObject()), 201)
                .json().getString("code");
        Identity identity = Main.enroll(URI.create(admin.baseUrl()), code, agentData);
        JsonArray items = admin.get("/api/v1/stations/" + province.station + "/schedule?from=" + TODAY + "&to=" + TODAY).json()
                .getJsonArray("items");
        Instant first = Instant.parse(items.getJsonObject(0).getString("planned_start"));
        try (Agent agent = new Agent(AgentConfig.defaults(agentData).withCacheBytes(256L * 1024 * 1024), identity,
                c -> new FileSink(air, c), clock)) {
            agent.syncOnce();
            clock.jumpTo(first.minusSeconds(3));
            agent.start();
            waitForAiring(agent);
        }
        // a second campaign published while the morning window is open: it changes nothing that aired, and
        // its target counts only from the next window (today's had opened), so it is not "0 of N" today
        Province.campaign(scheduler.admin(), "Kế hoạch giữa buổi sáng", TODAY.minusDays(3), TODAY.plusDays(30), laterProgram);

        scheduler.as("giamsat", Role.SUPERVISOR, Fixtures.PROVINCE);
        Console console = new Console(BROWSER.page(), scheduler.admin().baseUrl()).signIn("giamsat", TestUsers.PASSWORD);
        Page page = console.page();
        assertTrue(page.locator("#dash-aired").innerText().startsWith("1 đã phát / "), page.locator("#dash-aired").innerText());
        assertTrue(page.locator("#dash-never").innerText().startsWith("1 trong 2 đài chưa từng kết nối phần mềm tại đài"),
                "the other district's station has no agent: " + page.locator("#dash-never").innerText());
        Accessibility.check(page, "dashboard");
        Locator compliance = page.locator("section[aria-labelledby=dash-compliance] tbody tr");
        // published today at 05:00, before both stations' 06:00 window: today counts, yesterday does not
        assertEquals(List.of("Tuyên truyền nông thôn mới", "2", "1", "50 %"), cells(compliance, "Tuyên truyền nông thôn mới"));
        assertEquals(List.of("Kế hoạch giữa buổi sáng", "0", "0"), cells(compliance, "Kế hoạch giữa buổi sáng").subList(0, 3),
                "a window already open at publication is not planned, not missed");

        console.open("schedule/" + province.station);
        assertTrue(page.locator("main [role=status]").first().innerText().startsWith("2 mục theo lịch; 1 đã phát, 0 không phát"),
                "the aired item is still the one that aired, paired by its id: " + page.locator("main [role=status]").first().innerText());
        Accessibility.check(page, "station day after a mid-morning publication");

        console.open("stations/" + province.station);
        Locator chain = page.locator("#station-chains tbody tr");
        assertEquals(1, chain.count(), "one PC, one chain");
        assertTrue(chain.innerText().contains("Liền mạch"), "the airing reached the server signed: " + chain.innerText());
        assertTrue(page.locator("main a[download]", new Page.LocatorOptions().setHasText("Tải nhật ký có chữ ký"))
                .getAttribute("href").contains("station_id=" + province.station));
        Accessibility.check(page, "station page with its signed chain");

        console.open("log");
        Locator played = page.locator("#log-table tbody tr", new Page.LocatorOptions().setHasText("đã phát"));
        assertEquals(1, played.count());
        assertTrue(played.innerText().contains("Đài truyền thanh phường Hợp Giang") && played.innerText().contains("Bản tin nông thôn mới"));
        Accessibility.check(page, "as-run log");

        console.open("frequency?campaign=" + campaign);
        assertEquals(List.of("Đài truyền thanh phường Hợp Giang", Province.OTHER_STATION_NAME),
                page.locator("#matrix thead th[data-place]").allInnerTexts(), "the province's two stations, the silent one with its zero");
        Accessibility.check(page, "frequency matrix");

        page.getByLabel("Đơn vị").selectOption(Fixtures.DISTRICT);
        page.getByText("Xem", new Page.GetByTextOptions().setExact(true)).click();
        page.locator("main[aria-busy=false] #matrix thead th[data-place]").first().waitFor();
        page.waitForFunction("() => document.querySelectorAll('#matrix thead th[data-place]').length === 1");
        assertEquals(List.of("Đài truyền thanh phường Hợp Giang"), page.locator("#matrix thead th[data-place]").allInnerTexts());
        Map<String, String> onPage = matrixOnPage(page);
        assertEquals("1", onPage.get(program + "|CB-01273").split("/")[0], "the airing, against its target: " + onPage);

        Download download = page.waitForDownload(() -> page.locator("#export-matrix-csv").click());
        Path csv = Files.createTempFile(air, "tan-suat", ".csv");
        download.saveAs(csv);
        assertEquals(onPage, matrixInCsv(csv), "the CSV holds the page's figures, with the targets");

        // the monitoring report in the administrative form: what the supervisor types travels with the download
        page.locator("#letterhead summary").click();
        page.getByLabel("Số văn bản (ví dụ 12/BC-UBND)").fill("12/BC-VHTT");
        page.getByLabel("Nơi nhận (mỗi dòng một nơi)").fill("UBND tỉnh Cao Bằng\nLưu: VT");
        page.getByLabel("Họ tên người ký").fill("Nông Thị Hà");
        Download report = page.waitForDownload(() -> page.locator("#export-monitoring-pdf").click());
        Path pdf = Files.createTempFile(air, "bao-cao", ".pdf");
        report.saveAs(pdf);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            for (String part : List.of("Số: 12/BC-VHTT", "- UBND tỉnh Cao Bằng", "- Lưu: VT", "Nông Thị Hà", "BÁO CÁO")) {
                assertTrue(text.contains(part), part + " in " + text);
            }
        }

        // on a 360-px phone: the officer's day as cards with the outcome first, the matrix as a card per program
        scheduler.as("canbo.hopgiang", Role.OPERATOR, Fixtures.COMMUNE);
        Console officer = new Console(BROWSER.open(360, 740), scheduler.admin().baseUrl()).signIn("canbo.hopgiang", TestUsers.PASSWORD);
        Page phone = officer.page();
        officer.open("schedule/" + province.station);
        // to look at: what the officer sees
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "phone-officer-day.png")).setFullPage(true));
        Number header = (Number) phone.evaluate("() => document.getElementById('top').offsetHeight + document.getElementById('nav').offsetHeight");
        assertTrue(header.intValue() <= 120, "the header and menu leave the phone's screen to the page: " + header + " px of 740");
        noSidewaysScroll(phone, "the officer's day");
        Map<String, Number> aired = airedCard(phone);
        double badgeX = aired.get("x").doubleValue();
        assertTrue(badgeX >= 0 && badgeX + aired.get("width").doubleValue() <= 360,
                "the outcome is on the screen, not off to the right: " + badgeX);
        double down = aired.get("y").doubleValue() - aired.get("cardY").doubleValue();
        assertTrue(down < 40, "the outcome heads its card: " + down + " px down");
        Number tall = (Number) phone.evaluate("() => document.documentElement.scrollHeight");
        assertTrue(tall.intValue() < 2000, "a day of two items is a screen or two, not " + tall + " px");
        Accessibility.check(phone, "the officer's day on a phone");

        Console supervisor = new Console(BROWSER.open(360, 740), scheduler.admin().baseUrl()).signIn("giamsat", TestUsers.PASSWORD);
        Page small = supervisor.page();
        supervisor.open("frequency?campaign=" + campaign);
        small.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "phone-matrix.png")).setFullPage(true));
        noSidewaysScroll(small, "the matrix");
        assertTrue(small.locator("#matrix-cards").isVisible() && !small.locator("#matrix").isVisible(), "cards, not the wide grid");
        Locator card0 = small.locator("#matrix-cards details[data-program='" + program + "']");
        card0.locator("summary").click();
        Locator here = card0.locator("li[data-place='CB-01273']");
        assertTrue(here.innerText().contains("Đài truyền thanh phường Hợp Giang") && here.innerText().contains("1/"), here.innerText());
        var place = here.boundingBox();
        assertTrue(place.x + place.width <= 360, "the place and its count fit the phone");
        Accessibility.check(small, "the matrix on a phone");
    }

    /** Neither the page nor any box inside it scrolls sideways (the menu strip above is meant to). */
    /**
     * The first aired item's card and its outcome badge, measured in one go in the page: the day renders again in
     * place as the station's agent reports (the live stream), and a row looked up, then measured, may be gone by then.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Number> airedCard(Page phone) {
        return Eventually.value("an aired item's card on the officer's phone", Duration.ofSeconds(10), Duration.ofMillis(100),
                () -> Optional.ofNullable((Map<String, Number>) phone.evaluate("() => {"
                        + " const row = [...document.querySelectorAll('#day-items tbody tr')].find(r => r.textContent.includes('đã phát'));"
                        + " const badge = row && row.querySelector('td.lead .badge');"
                        + " if (!badge) return null;"
                        + " const b = badge.getBoundingClientRect(), c = row.getBoundingClientRect();"
                        + " return {x: b.x, width: b.width, y: b.y, cardY: c.y}; }")));
    }

    private static void noSidewaysScroll(Page page, String where) {
        Object wide = page.evaluate("() => [document.documentElement, ...document.querySelectorAll('main *')]"
                + ".filter(e => e === document.documentElement ? e.scrollWidth > innerWidth + 1"
                + " : e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))"
                + ".map(e => e.tagName + '.' + e.className)");
        assertEquals(List.of(), wide, where + " scrolls sideways");
    }

    /** The texts of the dashboard row naming a campaign, up to the link to its detail. */
    private static List<String> cells(Locator rows, String campaign) {
        List<String> texts = rows.filter(new Locator.FilterOptions().setHasText(campaign)).first().locator("td").allInnerTexts();
        return texts.subList(0, texts.size() - 1).stream().map(String::strip).toList();
    }

    /**
     * Polls as a fresh admin: the simulated hour the clock jumped ends idle sessions. Each poll has the agent sync, so
     * its record goes up as soon as it is written rather than at the loop's own offset, which a busy machine (the
     * console's tests run two at a time) stretched past a minute.
     */
    private void waitForAiring(Agent agent) {
        Eventually.until("the agent's airing reaches the server", Duration.ofSeconds(90), Duration.ofSeconds(1), () -> {
            agent.syncOnce();
            return !scheduler.admin().get("/api/v1/reports/as-run?outcome=played&from=" + TODAY + "&to=" + TODAY).json()
                    .getJsonArray("items").isEmpty();
        });
    }

    /** program id|place code -> the count shown, plus the totals, as the page shows them. */
    private static Map<String, String> matrixOnPage(Page page) {
        Map<String, String> cells = new HashMap<>();
        List<String> places = new ArrayList<>();
        for (Locator th : page.locator("#matrix thead th[data-place]").all()) {
            places.add(th.getAttribute("data-place"));
        }
        for (Locator tr : page.locator("#matrix tbody tr").all()) {
            List<String> numbers = tr.locator("td span[aria-hidden=true], td.total").allInnerTexts();
            for (int i = 0; i < places.size(); i++) {
                cells.put(tr.getAttribute("data-program") + "|" + places.get(i), numbers.get(i));
            }
            cells.put(tr.getAttribute("data-program") + "|total", numbers.get(places.size()));
        }
        cells.put("total", page.locator("#matrix-total").innerText());
        return cells;
    }

    private static Map<String, String> matrixInCsv(Path csv) throws Exception {
        Map<String, String> cells = new HashMap<>();
        List<List<String>> records = new ArrayList<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            records.add(fields(line.replace("\uFEFF", "")));
        }
        int header = 0;
        while (!records.get(header).get(0).equals("Mã chương trình")) {
            header++;
            assertTrue(header < records.size(), "no matrix header in the CSV: " + Files.readString(csv));
        }
        List<String> head = records.get(header);
        List<String> places = new ArrayList<>();
        for (int i = 2; i < head.size() - 1; i++) {
            places.add(head.get(i).replaceAll(".*\\(([^)]*)\\)$", "$1"));
        }
        for (List<String> r : records.subList(header + 1, records.size())) {
            if (r.size() < head.size()) {
                continue;
            }
            String program = r.get(0).isEmpty() ? null : r.get(0);
            for (int i = 0; program != null && i < places.size(); i++) {
                cells.put(program + "|" + places.get(i), r.get(i + 2));
            }
            cells.put(program == null ? "total" : program + "|total", r.get(r.size() - 1));
        }
        return cells;
    }

    /** One line of Excel-style CSV: commas, fields quoted with doubled quotes inside. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
