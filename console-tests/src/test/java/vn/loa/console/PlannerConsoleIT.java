package vn.loa.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.media.TestAudio;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.domain.programs.Rendition;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/** A district planner's day in the browser: a program from upload to approval, then a campaign. */
class PlannerConsoleIT {

    private static final Map<DayOfWeek, String> WEEKDAYS = Map.of(
            DayOfWeek.MONDAY, "Thứ Hai", DayOfWeek.TUESDAY, "Thứ Ba", DayOfWeek.WEDNESDAY, "Thứ Tư",
            DayOfWeek.THURSDAY, "Thứ Năm", DayOfWeek.FRIDAY, "Thứ Sáu", DayOfWeek.SATURDAY, "Thứ Bảy",
            DayOfWeek.SUNDAY, "Chủ Nhật");

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(PinnedDay.clock());

    @TempDir
    Path files;

    private Province province;

    private Console signedInPlanner() {
        province = new Province(scheduler.admin());
        scheduler.as("kehoach.tp", Role.PLANNER, Fixtures.DISTRICT);
        return new Console(BROWSER.page(), scheduler.admin().baseUrl()).signIn("kehoach.tp", TestUsers.PASSWORD);
    }

    @Test
    void plannerUploadsPreviewsApprovesAndPlansACampaignWithItsFeasibility() throws Exception {
        Console console = signedInPlanner();
        Page page = console.page();
        Path audio = files.resolve("Bản tin phòng chống bão số 3.mp3");
        Files.write(audio, TestAudio.mp3(6, 31));

        console.open("programs");
        Accessibility.check(page, "programs");
        page.getByLabel("Tệp âm thanh (MP3, WAV, M4A, OGG, FLAC)").setInputFiles(audio);
        page.getByLabel("Tên chương trình (mặc định: tên tệp)").fill("Phòng chống bão số 3 — tiếng Tày");
        page.getByLabel("Chủ đề").first().fill("Phòng chống thiên tai");
        page.getByText("Tải lên", new Page.GetByTextOptions().setExact(true)).click();

        page.locator("#upload-status", new Page.LocatorOptions().setHasText("Sẵn sàng, chờ duyệt"))
                .waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertEquals("100", page.locator("#upload-progress").evaluate("p => String(p.value)"), "the progress bar reached the end");
        assertEquals("Đã gửi 100 %", page.locator("#upload-percent").innerText());

        page.getByText("Mở chương trình").click();
        console.heading("Phòng chống bão số 3");
        double seconds = ((Number) page.locator("#preview").evaluate("a => new Promise(done => a.readyState >= 1 ? done(a.duration)"
                + " : a.addEventListener('loadedmetadata', () => done(a.duration)))")).doubleValue();
        assertTrue(seconds > 5 && seconds < 10, "the preview plays the processed audio: " + seconds + " s");
        assertTrue(console.mainText().contains("LUFS"), "loudness before and after is shown");
        assertEquals(0, page.locator("#off-target").count(), "a rendition on target has no loudness warning");
        Accessibility.check(page, "program page");
        page.locator("#approve").click();
        page.locator("#program-status", new Page.LocatorOptions().setHasText("đã duyệt")).waitFor();

        console.open("campaigns/new");
        Accessibility.check(page, "new campaign");
        page.getByLabel("Tên chiến dịch").fill("Tuyên truyền phòng chống bão tháng 11");
        page.getByLabel("Số lượt").fill("2");
        LocalDate lastDay = PinnedDay.TODAY.plusDays(30);
        page.getByLabel("Ngày kết thúc").fill(lastDay.toString());
        assertEquals(WEEKDAYS.get(lastDay.getDayOfWeek()) + ", " + lastDay.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                page.locator("#" + page.getByLabel("Ngày kết thúc").getAttribute("aria-describedby")).innerText(),
                "the chosen day spelled out the Vietnamese way, whatever order the browser's picker uses");
        page.getByLabel("Phòng chống bão số 3 — tiếng Tày").check();
        page.getByText("Lưu bản nháp và kiểm tra khả năng xếp lịch").click();
        console.heading("Tuyên truyền phòng chống bão tháng 11");
        String feasibility = page.locator("#feasibility-summary").innerText();
        assertTrue(feasibility.startsWith("Cần ") && feasibility.contains("xếp được"), feasibility);
        assertEquals("bản nháp", page.locator("#campaign-status").innerText());
        Accessibility.check(page, "draft campaign with its feasibility");

        page.locator("#publish").click();
        page.locator("#campaign-status", new Page.LocatorOptions().setHasText("đang chạy")).waitFor();
        assertTrue(scheduler.admin().get("/api/v1/stations/" + province.station + "/schedule").json().getJsonArray("items").size() > 0,
                "publishing from the console put the program on the district station's schedule");

        console.open("notices/new");
        Accessibility.check(page, "urgent notice form");
    }

    @Test
    void aDistrictPlannerSeesNothingOfAnotherDistrict() {
        Console console = signedInPlanner();
        Page page = console.page();
        console.open("units");
        String units = page.locator("main").textContent();
        assertTrue(units.contains("Thành phố Cao Bằng") && units.contains("Đài truyền thanh phường Hợp Giang"), units);
        assertFalse(units.contains(Province.OTHER_DISTRICT_NAME) || units.contains(Province.OTHER_STATION_NAME), units);

        console.open("stations/" + province.otherStation);
        assertTrue(page.locator("main .status.error").isVisible(), "the other district's station is refused");
        assertFalse(console.mainText().contains(Province.OTHER_STATION_NAME));

        console.open("log");
        String options = page.locator("main select").allInnerTexts().toString();
        assertFalse(options.contains(Province.OTHER_DISTRICT_NAME) || options.contains(Province.OTHER_STATION_NAME), options);
        console.open("frequency");
        assertFalse(page.locator("main select").allInnerTexts().toString().contains(Province.OTHER_DISTRICT_NAME));
    }

    @Test
    void aDistrictPlannerReadsTheProgramsOfAProvinceCampaignThatAnotherDistrictProduced() {
        String title = "Mô hình trồng quế hữu cơ ở Hòa An";
        Console console = signedInPlanner();
        long program = Programs.approved(scheduler.admin(), Province.OTHER_DISTRICT, title, 13).getLong("id");
        LocalDate today = PinnedDay.TODAY;
        long campaign = Province.campaign(scheduler.admin(), "Tuyên truyền giảm nghèo về thông tin", today, today.plusDays(10), program);
        console.open("programs");
        assertFalse(console.mainText().contains(title), "the other district's program is not in this planner's library");
        console.open("campaigns/" + campaign);
        assertTrue(console.mainText().contains(title), "yet the province campaign names it: " + console.mainText());
    }

    @Test
    void aPlannerCopiesACampaignIntoNextYearThenDeletesTheDraftAndFindsTheReportingPeriods() {
        Console console = signedInPlanner();
        Page page = console.page();
        long program = Programs.approved(scheduler.admin(), Fixtures.DISTRICT, "Bản tin nông thôn mới", 14).getLong("id");
        long campaign = Fixtures.expect(scheduler.admin().post("/api/v1/campaigns", new JsonObject()
                .put("name", "Tuyên truyền nông thôn mới 2026").put("owner_unit_code", Fixtures.DISTRICT)
                .put("period_start", PinnedDay.TODAY.toString()).put("period_end", PinnedDay.TODAY.plusDays(20).toString())
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 1))
                .put("target_units", new JsonArray().add(Fixtures.DISTRICT))
                .put("program_ids", new JsonArray().add(program))), 201).json().getLong("id");
        console.open("campaigns/" + campaign);
        page.getByLabel("Tên chiến dịch mới").fill("Tuyên truyền nông thôn mới 2027");
        page.getByLabel("Từ ngày").fill("2027-01-01");
        page.getByLabel("Đến ngày").fill("2027-12-31");
        page.getByText("Tạo bản sao (bản nháp)").click();
        console.heading("Tuyên truyền nông thôn mới 2027");
        assertTrue(console.mainText().contains("Bản tin nông thôn mới"), "the copy keeps the programs: " + console.mainText());
        Accessibility.check(page, "campaign draft with its copy and delete actions");
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#delete-draft").click();
        page.waitForURL(url -> url.endsWith("#/campaigns"));
        assertEquals(1, scheduler.admin().get("/api/v1/campaigns").items().size(), "the draft is gone, the original stays");

        console.open("frequency");
        String year = page.getByText("Cả năm 2026").getAttribute("href");
        assertTrue(year.contains("from=2026-01-01") && year.contains("to=2026-12-31"), year);
        assertTrue(page.getByText("6 tháng đầu năm 2025").isVisible(), "last year's halves too, for the report filed late");
    }

    @Test
    void aPlannerMovesAnAiringInTheWeekViewAndItStaysMovedAfterTheScheduleIsPublishedAgain() {
        Console console = signedInPlanner();
        Page page = console.page();
        long first = Programs.approved(scheduler.admin(), Fixtures.DISTRICT, "Phòng chống rét cho đàn trâu bò", 21).getLong("id");
        long second = Programs.approved(scheduler.admin(), Fixtures.DISTRICT, "Lịch tiêm phòng cúm gia cầm", 22).getLong("id");
        Province.campaign(scheduler.admin(), "Tuyên truyền mùa đông", PinnedDay.TODAY, PinnedDay.TODAY.plusDays(20), first, second);
        String tomorrow = PinnedDay.TODAY.plusDays(1).toString();

        console.open("schedule/" + province.station);
        page.getByText("Xem cả tuần").click();
        console.ready("week/" + province.station);
        Locator day = page.locator("section.week-day[data-day=\"" + tomorrow + "\"]");
        Locator morning = day.locator("li.week-item").first();
        assertTrue(morning.innerText().startsWith("06:00"), morning.innerText());
        String program = morning.getAttribute("data-program");
        Accessibility.check(page, "week view");
        morning.getByText("Dời giờ").click();
        page.getByLabel("Giờ phát mới").fill("17:40:00");
        page.getByLabel("Lý do (ghi vào nhật ký thay đổi)").fill("Sáng thứ Tư xã họp dân ở nhà văn hoá");
        page.getByText("Lưu giờ mới").click();
        Locator moved = day.locator("li.week-item.by-hand");
        moved.waitFor();
        assertTrue(moved.innerText().startsWith("17:40"), moved.innerText());
        assertEquals(program, moved.getAttribute("data-program"));
        assertTrue(moved.innerText().contains("sửa tay"), moved.innerText());

        scheduler.publish();
        page.reload();
        console.ready("week/" + province.station);
        Locator kept = page.locator("section.week-day[data-day=\"" + tomorrow + "\"] li.week-item[data-program=\"" + program + "\"]");
        assertEquals(1, kept.count(), "moved, not doubled");
        assertTrue(kept.innerText().startsWith("17:40"), "kept after publishing again: " + kept.innerText());
    }

    @Test
    void aPlannerKeepsTomorrowFreeForADayOfMourningAndGivesTheDistrictAFallbackPlaylist() {
        Console console = signedInPlanner();
        Page page = console.page();
        long program = Programs.approved(scheduler.admin(), Fixtures.DISTRICT, "Hướng dẫn phòng chống cháy rừng", 23).getLong("id");
        Province.campaign(scheduler.admin(), "Tuyên truyền mùa khô", PinnedDay.TODAY, PinnedDay.TODAY.plusDays(20), program);
        String tomorrow = PinnedDay.TODAY.plusDays(1).toString();
        assertEquals(1, scheduler.admin().get("/api/v1/stations/" + province.station + "/schedule?from=" + tomorrow + "&to=" + tomorrow)
                .items().size());

        console.open("hand");
        Accessibility.check(page, "days off, fixed slots, fallback");
        Locator dayOff = page.locator("#day-off-form");
        dayOff.getByLabel("Đơn vị hoặc nhóm").selectOption(Fixtures.DISTRICT);
        dayOff.getByLabel("Từ ngày").fill(tomorrow);
        dayOff.getByLabel("Đến ngày").fill(tomorrow);
        dayOff.getByLabel("Lý do").fill("Quốc tang");
        dayOff.getByText("Thêm ngày nghỉ").click();
        page.locator("td", new Page.LocatorOptions().setHasText("Quốc tang")).waitFor();
        assertTrue(scheduler.admin().get("/api/v1/stations/" + province.station + "/schedule?from=" + tomorrow + "&to=" + tomorrow)
                .items().isEmpty(), "no campaign program on the day of mourning");

        Locator fallback = page.locator("#fallback-form");
        fallback.getByLabel("Hướng dẫn phòng chống cháy rừng").check();
        fallback.getByText("Lưu danh sách dự phòng").click();
        console.ready("hand");
        page.locator("section ol li", new Page.LocatorOptions().setHasText("Hướng dẫn phòng chống cháy rừng")).first().waitFor();
        assertEquals(program, scheduler.admin().get("/api/v1/stations/" + province.station + "/fallback").json()
                .getJsonArray("airs").getJsonObject(0).getLong("program_id"), "the district's stations air it when their schedule runs out");
        console.open("stations/" + province.station);
        assertTrue(console.mainText().contains("Theo danh sách của đơn vị"), console.mainText());
    }

    @Test
    void aCommuneOfficerSeesTheProvinceCampaignThatFillsTheirStationReadOnly() {
        province = new Province(scheduler.admin());
        long program = Programs.approved(scheduler.admin(), Fixtures.DISTRICT, "Phòng chống dịch tả lợn châu Phi", 24).getLong("id");
        Province.campaign(scheduler.admin(), "Tuyên truyền của tỉnh năm 2026", PinnedDay.TODAY, PinnedDay.TODAY.plusDays(20), program);
        scheduler.as("canbo.hopgiang", Role.OPERATOR, Fixtures.COMMUNE);
        Console console = new Console(BROWSER.page(), scheduler.admin().baseUrl()).signIn("canbo.hopgiang", TestUsers.PASSWORD);
        Page page = console.page();
        assertTrue(!console.mainText().contains("Không có chiến dịch đang chạy"), "the dashboard shows it: " + console.mainText());
        console.open("campaigns");
        assertTrue(console.mainText().contains("Tuyên truyền của tỉnh năm 2026"), console.mainText());
        assertTrue(console.mainText().contains("Tỉnh Cao Bằng (cấp trên, chỉ xem)"), console.mainText());
        page.getByText("Tuyên truyền của tỉnh năm 2026").click();
        console.heading("Tuyên truyền của tỉnh năm 2026");
        assertTrue(console.mainText().contains("Phòng chống dịch tả lợn châu Phi"), console.mainText());
        assertEquals(0, page.getByText("Sửa chiến dịch").count(), "read only: " + console.mainText());
        assertEquals(0, page.getByText("Kết thúc chiến dịch").count());
        Accessibility.check(page, "a campaign from above, read only");
    }

    @Test
    void aProgramWhoseRenditionMissesTheLoudnessTargetSaysSoOnItsPage() {
        Console console = signedInPlanner();
        long id = Programs.approved(scheduler.admin(), Fixtures.DISTRICT, "Bản tin thu âm quá to", 17).getLong("id");
        // as a rendition of before the levelling was recorded: 1.4 LU under, peaks over the ceiling
        scheduler.store().write(r -> {
            Rendition old = r.programs().find(id).orElseThrow().rendition();
            r.programs().replaceRendition(id, new Rendition(old.contentSha256(), old.mediaType(), old.sizeBytes(),
                    old.durationMillis(), old.sourceDurationMillis(), old.loudnessBeforeLufs(), old.truePeakBeforeDbtp(),
                    -17.4, 1.6, old.loudnessRangeLu()), PinnedDay.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant());
            return null;
        });
        console.open("programs/" + id);
        Locator warning = console.page().locator("#off-target");
        warning.waitFor();
        assertTrue(warning.innerText().contains("lệch chuẩn độ lớn") && warning.innerText().contains("-16"),
                warning.innerText());
    }
}
