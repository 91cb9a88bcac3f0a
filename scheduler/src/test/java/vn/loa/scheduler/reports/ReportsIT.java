package vn.loa.scheduler.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.MutableClock;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * The supervisors' numbers from a fixture small enough to compute by hand (see the comments): two
 * stations of one district and one elsewhere, two programs, a campaign of one airing per program per
 * day, four days measured. Records arrive over the agent protocol, with a partial, an interrupted, a
 * miss, a second airing the same day, a record sent twice, a sequence gap and a late upload that fills
 * it. The API and the CSV must give exactly these figures.
 */
class ReportsIT {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate MON = LocalDate.of(2026, 11, 16);
    private static final String OTHER_DISTRICT = "042";
    private static final String OTHER_DISTRICT_COMMUNE = "01300";

    /** Thursday 19 November 2026, 12:00 in Hà Nội: the campaign runs Monday to Sunday, four days are measured. */
    private final MutableClock clock = new MutableClock(LocalDate.of(2026, 11, 19).atTime(12, 0).atZone(HCM).toInstant());

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(clock);

    private Api admin;
    private long a;
    private long b;
    private long x;
    private long p1;
    private long p2;
    private long campaign;
    private final Map<Long, Api> agents = new HashMap<>();

    @BeforeEach
    void fixture() {
        // the stations and the campaign exist from Monday 00:30, before the first window: targets count from then
        Instant thursdayNoon = clock.instant();
        clock.set(MON.atTime(0, 30).atZone(HCM).toInstant());
        admin = scheduler.admin();
        Fixtures.createTree(admin);
        expect(admin.post("/api/v1/org-units", Fixtures.unit(OTHER_DISTRICT, "Huyện Bảo Lâm", "Huyện", "district",
                Fixtures.PROVINCE)), 201);
        expect(admin.post("/api/v1/org-units", Fixtures.unit(OTHER_DISTRICT_COMMUNE, "Xã Lý Bôn", "Xã", "commune",
                OTHER_DISTRICT)), 201);
        // A airs every day; B only on weekdays (so Monday to Thursday: four window days each)
        a = station(Fixtures.station("CB-01273", Fixtures.COMMUNE));
        b = station(Fixtures.station("CB-01279", Fixtures.OTHER_COMMUNE).put("windows", new JsonArray()
                .add(Fixtures.window("17:00", "17:45", "MON", "TUE", "WED", "THU", "FRI"))));
        x = station(Fixtures.station("CB-01300", OTHER_DISTRICT_COMMUNE));
        p1 = Programs.approved(admin, Fixtures.DISTRICT, "Phòng chống sốt xuất huyết", 11).getLong("id");
        p2 = Programs.approved(admin, Fixtures.DISTRICT, "Bầu cử đại biểu Hội đồng nhân dân", 12).getLong("id");
        campaign = expect(admin.post("/api/v1/campaigns", new JsonObject().put("name", "Tuyên truyền tháng 11")
                .put("owner_unit_code", Fixtures.DISTRICT).put("period_start", MON.toString())
                .put("period_end", MON.plusDays(6).toString())
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 1))
                .put("target_units", new JsonArray().add(Fixtures.DISTRICT).add(OTHER_DISTRICT))
                .put("program_ids", new JsonArray().add(p1).add(p2))), 201).json().getLong("id");
        expect(admin.post("/api/v1/campaigns/" + campaign + "/publish", new JsonObject()), 200);
        for (long station : new long[] {a, b}) {
            agent(station);
        }
        clock.set(thursdayNoon);
        admin = scheduler.admin();

        // station A: 8 of its 9 records now (sequence 7 is late), one of them sent twice
        send(a, record(1, MON, p1, "played"), record(2, MON, p2, "played"),
                record(3, MON.plusDays(1), p1, "played"), record(4, MON.plusDays(1), p1, "played"),
                record(5, MON.plusDays(1), p2, "partial"), record(6, MON.plusDays(2), p1, "missed"),
                record(8, MON.plusDays(2), p2, "played"), record(9, MON.plusDays(3), p2, "played"));
        send(a, record(1, MON, p1, "played"));
        expect(agent(a).post("/api/v1/stations/" + a + "/heartbeats", new JsonObject().put("agent_version", "0.1.0")
                .put("clock_offset_ms", 12)), 200);
        // station B: Monday's P1, Tuesday's P2 cut by an urgent notice; no heartbeat ever (silent)
        send(b, record(1, MON, p1, "played"), record(2, MON.plusDays(1), p2, "interrupted"));
        // station X, in the other district
        send(x, record(1, MON, p1, "played"));
    }

    private long station(JsonObject spec) {
        return expect(admin.post("/api/v1/stations", spec), 201).json().getLong("id");
    }

    private Api agent(long station) {
        return agents.computeIfAbsent(station, id -> {
            String token = Fixtures.enrol(admin, scheduler.api(), id);
            return scheduler.api().withToken(token);
        });
    }

    private JsonObject record(long sequence, LocalDate day, long program, String outcome) {
        Instant planned = day.atTime(6, 0).atZone(HCM).toInstant().plusSeconds(sequence * 10);
        JsonObject r = new JsonObject().put("sequence", sequence).put("program_id", program).put("campaign_id", campaign)
                .put("planned_start", planned.toString()).put("outcome", outcome);
        if (!outcome.equals("missed")) {
            double seconds = outcome.equals("played") ? 4 : 1.5;
            r.put("actual_start", planned.plusMillis(40).toString())
                    .put("actual_end", planned.plusMillis(40 + (long) (seconds * 1000)).toString()).put("seconds_played", seconds);
        } else {
            r.put("reason", "Mất điện cả xã");
        }
        return r;
    }

    private void send(long station, JsonObject... records) {
        expect(agent(station).post("/api/v1/stations/" + station + "/as-run", new JsonObject()
                .put("records", new JsonArray(List.of((Object[]) records)))), 200);
    }

    private Api districtSupervisor() {
        return scheduler.as("giamsat.caobang", Role.SUPERVISOR, Fixtures.DISTRICT);
    }

    @Test
    void complianceIsAchievedOverTargetedCappedPerProgramAndDayAndALateUploadCorrectsIt() {
        Api supervisor = districtSupervisor();
        String path = "/api/v1/reports/compliance?campaign_id=" + campaign;
        JsonObject before = expect(supervisor.get(path), 200).json();
        // A: Mon 2 + Tue 1 (a second P1 does not count twice; P2 partial) + Wed 1 (P1 missed) + Thu 1 = 5 of 8
        // B: Mon 1 of 8 (4 weekdays x 2 programs); district: 6 of 16
        assertEquals("2026-11-16", before.getString("from"));
        assertEquals("2026-11-19", before.getString("to"), "measured up to today");
        assertEquals(16, before.getInteger("targeted"));
        assertEquals(6, before.getInteger("achieved"));

        send(a, record(7, MON.plusDays(3), p1, "played"));
        JsonObject after = expect(supervisor.get(path), 200).json();
        assertEquals(7, after.getInteger("achieved"), "the late record counts");
        assertEquals(7.0 / 16, after.getDouble("compliance"), 1e-9);
        // days with a campaign airing: A Mon-Thu, B Mon: 5 of 8 window days
        assertEquals(8, after.getInteger("window_days"));
        assertEquals(5, after.getInteger("days_with_airing"));
        JsonObject stationA = byCode(after.getJsonArray("stations"), "CB-01273");
        assertEquals(6, stationA.getInteger("achieved"));
        assertEquals(0.75, stationA.getDouble("compliance"), 1e-9);
        assertEquals(1, stationA.getInteger("missed"));
        assertEquals(1, stationA.getInteger("partial"));
        assertEquals("misses", stationA.getString("reason"), "below 80 %: one miss, one partial, it is reporting");
        JsonObject stationB = byCode(after.getJsonArray("below_threshold"), "CB-01279");
        assertEquals(0.125, stationB.getDouble("compliance"), 1e-9);
        assertEquals("silent", stationB.getString("reason"), "B never sent a heartbeat");
        assertEquals("Đài im lặng, mất liên lạc", stationB.getString("reason_vi"));
        assertEquals(2, after.getJsonArray("below_threshold").size());
        assertTrue(after.getJsonArray("stations").stream().noneMatch(s -> ((JsonObject) s).getString("station_code")
                .equals("CB-01300")), "a district supervisor's numbers include only that district's stations");

        List<CSVRecord> csv = csv(supervisor.get(path + "&format=csv"));
        CSVRecord total = csv.get(csv.size() - 1);
        assertEquals("Tổng cộng", total.get("Tên đài"));
        assertEquals("16", total.get("Số lần theo kế hoạch"));
        assertEquals("7", total.get("Số lần đạt"));
        assertEquals("43,8", total.get("Tỷ lệ tuân thủ (%)"), "7/16 = 43.75 %");
        assertEquals("Đài im lặng, mất liên lạc", row(csv, "Mã đài", "CB-01279").get("Nguyên nhân chính"));

        List<List<String>> sheet = Exports.sheet(Exports.download(supervisor, path + "&format=xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "Theo đài");
        List<String> totalRow = sheet.get(sheet.size() - 1);
        assertEquals(List.of("Tổng cộng", "16", "7", "43.8"), totalRow.subList(1, 5), "the XLSX says the same: " + sheet);
        String pdf = Exports.pdfText(Exports.download(supervisor, path + "&format=pdf", "application/pdf"));
        assertTrue(pdf.contains("Mức độ thực hiện chiến dịch \"Tuyên truyền tháng 11\""), pdf);
        assertTrue(pdf.contains("Tổng cộng 16 7 43,8"), "the PDF says the same: " + pdf);
        assertTrue(pdf.contains("Đài im lặng, mất liên lạc"), pdf);

        JsonObject whole = expect(admin.get(path), 200).json();
        assertEquals(24, whole.getInteger("targeted"), "the admin sees X too: 4 days x 2 programs more");
        assertEquals(8, whole.getInteger("achieved"));
    }

    @Test
    void frequencyCountsAiringsPerProgramStationAndDayAndRollsUp() {
        Api supervisor = districtSupervisor();
        send(a, record(7, MON.plusDays(3), p1, "played"));
        JsonArray daily = expect(supervisor.get("/api/v1/reports/frequency?from=2026-11-16&to=2026-11-19&campaign_id="
                + campaign), 200).json().getJsonArray("rows");
        assertEquals(2, cell(daily, p1, "CB-01273", "2026-11-17").getInteger("airings"), "aired twice on Tuesday");
        assertEquals(0, cell(daily, p1, "CB-01273", "2026-11-18").getInteger("airings"));
        assertEquals(1, cell(daily, p1, "CB-01273", "2026-11-18").getInteger("missed"));
        assertEquals(1, cell(daily, p1, "CB-01273", "2026-11-19").getInteger("airings"), "the late upload is there");
        assertEquals(1, cell(daily, p1, "CB-01273", "2026-11-17").getInteger("target"), "the target beside the number");
        JsonObject nothing = cell(daily, p2, "CB-01279", "2026-11-18");
        assertEquals(0, nothing.getInteger("airings"), "a cell with a target and no airing is shown");
        assertEquals(1, nothing.getInteger("target"));
        JsonArray targeted = expect(supervisor.get("/api/v1/reports/frequency?from=2026-11-16&to=2026-11-19&bucket=period"
                + "&place=district&campaign_id=" + campaign), 200).json().getJsonArray("rows");
        assertEquals(5, cell(targeted, p1, Fixtures.DISTRICT, "2026-11-16").getInteger("airings"));
        assertEquals(8, cell(targeted, p1, Fixtures.DISTRICT, "2026-11-16").getInteger("target"), "2 stations x 4 days");

        JsonArray period = expect(supervisor.get("/api/v1/reports/frequency?from=2026-11-16&to=2026-11-19&bucket=period"),
                200).json().getJsonArray("rows");
        assertEquals(4, cell(period, p1, "CB-01273", "2026-11-16").getInteger("airings"), "A, P1: Mon 1 + Tue 2 + Thu 1");
        assertEquals(3, cell(period, p2, "CB-01273", "2026-11-16").getInteger("airings"), "A, P2: Mon, Wed, Thu");
        assertEquals(1, cell(period, p1, "CB-01279", "2026-11-16").getInteger("airings"));
        assertEquals(0, cell(period, p2, "CB-01279", "2026-11-16").getInteger("airings"));
        assertEquals(1, cell(period, p2, "CB-01279", "2026-11-16").getInteger("partial"), "interrupted counts as partial");
        assertTrue(period.stream().noneMatch(c -> ((JsonObject) c).getString("place_code").equals("CB-01300")));

        JsonArray district = expect(admin.get("/api/v1/reports/frequency?from=2026-11-16&to=2026-11-19&bucket=week"
                + "&place=district"), 200).json().getJsonArray("rows");
        assertEquals(5, cell(district, p1, Fixtures.DISTRICT, "2026-11-16").getInteger("airings"), "A 4 + B 1");
        assertEquals(1, cell(district, p1, OTHER_DISTRICT, "2026-11-16").getInteger("airings"), "X");

        List<CSVRecord> csv = csv(supervisor.get("/api/v1/reports/frequency?from=2026-11-16&to=2026-11-19&bucket=period"
                + "&format=csv"));
        for (Object o : period) {
            JsonObject c = (JsonObject) o;
            CSVRecord r = csv.stream().filter(x -> x.get("Mã địa bàn").equals(c.getString("place_code"))
                    && x.get("Mã chương trình").equals(String.valueOf(c.getLong("program_id")))).findFirst().orElseThrow();
            assertEquals(String.valueOf(c.getInteger("airings")), r.get("Số lần phát"), "CSV and API agree: " + c);
        }
        assertEquals("Phòng chống sốt xuất huyết", row(csv, "Mã chương trình", String.valueOf(p1)).get("Chương trình"));

        List<CSVRecord> matrix = csv(supervisor.get("/api/v1/reports/frequency?from=2026-11-16&to=2026-11-19&format=csv"
                + "&layout=matrix"));
        CSVRecord p1Row = row(matrix, "Mã chương trình", String.valueOf(p1));
        assertEquals("4", p1Row.get("Đài truyền thanh phường Hợp Giang (CB-01273)"), "the matrix: P1 at A");
        assertEquals("5", p1Row.get("Tổng"), "A 4 + B 1");
        assertEquals("8", row(matrix, "Chương trình", "Tổng").get("Tổng"), "all airings in the district");

        String periodPath = "/api/v1/reports/frequency?from=2026-11-16&to=2026-11-19&bucket=period";
        List<List<String>> sheet = Exports.sheet(Exports.download(supervisor, periodPath + "&format=xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "Tần suất phát");
        String pdf = Exports.pdfText(Exports.download(supervisor, periodPath + "&format=pdf", "application/pdf"));
        assertEquals(period.size() + 1, sheet.size(), "a header and one row per cell");
        for (Object o : period) {
            JsonObject c = (JsonObject) o;
            List<String> r = sheet.stream().filter(x -> x.get(1).equals(c.getString("place_code"))
                    && x.get(3).equals(String.valueOf(c.getLong("program_id")))).findFirst().orElseThrow();
            assertEquals(String.valueOf(c.getInteger("airings")), r.get(5), "XLSX and API agree: " + c);
            String line = c.getString("place_code") + " " + c.getString("place_name") + " " + c.getLong("program_id") + " "
                    + c.getString("program_title") + " " + c.getInteger("airings");
            assertTrue(pdf.contains(line), "PDF and API agree: " + line + " in " + pdf);
        }
    }

    @Test
    void theLogPagesThroughEveryRecordOnceAndFlagsWhatIsNotReportedYet() {
        Api supervisor = districtSupervisor();
        String base = "/api/v1/reports/as-run?from=2026-11-16&to=2026-11-19&limit=3";
        JsonObject first = expect(supervisor.get(base), 200).json();
        JsonArray gaps = first.getJsonArray("not_reported");
        assertEquals(1, gaps.size(), gaps.encode());
        assertEquals(new JsonArray().add(7), gaps.getJsonObject(0).getJsonArray("missing"), "chưa báo cáo: sequence 7 of A");

        List<Long> sequences = new ArrayList<>();
        JsonObject page = first;
        int pages = 0;
        while (true) {
            pages++;
            page.getJsonArray("items").forEach(i -> sequences.add(((JsonObject) i).getLong("sequence")
                    + (((JsonObject) i).getString("station_code").equals("CB-01279") ? 100 : 0)));
            String next = page.getString("next");
            if (next == null) {
                break;
            }
            page = expect(supervisor.get(base + "&after=" + next), 200).json();
        }
        assertEquals(10, sequences.size(), "A's 8 and B's 2; X is in another district; the resent record is there once");
        assertEquals(4, pages);
        assertEquals(10, new HashSet<>(sequences).size());

        JsonObject missed = expect(supervisor.get("/api/v1/reports/as-run?from=2026-11-16&to=2026-11-19&outcome=missed"), 200)
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals("Bỏ lỡ", missed.getString("outcome_vi"));
        assertEquals("Mất điện cả xã", missed.getString("reason"));
        assertNull(missed.getString("actual_start"));
        JsonObject played = expect(supervisor.get("/api/v1/reports/as-run?from=2026-11-16&to=2026-11-16&station_id=" + a), 200)
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals(40, played.getLong("start_error_ms"), "planned against actual");
        assertEquals("Tuyên truyền tháng 11", played.getString("campaign_name"));

        send(a, record(7, MON.plusDays(3), p1, "played"));
        assertEquals(0, expect(supervisor.get(base), 200).json().getJsonArray("not_reported").size(), "the gap is filled");

        List<CSVRecord> csv = csv(supervisor.get("/api/v1/reports/as-run?from=2026-11-16&to=2026-11-19&format=csv"));
        assertEquals(11, csv.size());
        List<List<String>> sheet = Exports.sheet(Exports.download(supervisor,
                "/api/v1/reports/as-run?from=2026-11-16&to=2026-11-19&format=xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "Nhật ký phát");
        assertEquals(12, sheet.size(), "a header and the same 11 records");
        assertEquals("16/11/2026", sheet.get(1).get(0), "Vietnamese dates");
        assertEquals("06:00:10 16/11/2026", sheet.get(1).get(7), "times in Hà Nội time");
        String pdf = Exports.pdfText(Exports.download(supervisor, "/api/v1/reports/as-run?from=2026-11-16&to=2026-11-19"
                + "&format=pdf", "application/pdf"));
        assertTrue(pdf.contains("Bỏ lỡ Mất điện cả xã"), pdf);
        assertEquals(11, pdf.split("/11/2026 CB-").length - 1, "11 rows in the PDF: " + pdf);
        assertEquals("Mất điện cả xã", csv.stream().filter(r -> r.get("Kết quả").equals("Bỏ lỡ")).findFirst().orElseThrow()
                .get("Lý do"));

        assertEquals(403, scheduler.as("giamsat.baolam", Role.SUPERVISOR, OTHER_DISTRICT)
                .get("/api/v1/reports/as-run?unit=" + Fixtures.DISTRICT).status(), "another district's log is out of scope");
        assertEquals(400, supervisor.get("/api/v1/reports/as-run?after=not-a-cursor").status());
    }

    @Test
    void theMonitoringReportGivesTheSameFiguresInJsonCsvXlsxAndPdf() {
        send(a, record(7, MON.plusDays(3), p1, "played"));
        Api supervisor = districtSupervisor();
        String path = "/api/v1/reports/monitoring?from=2026-11-16&to=2026-11-19";
        JsonObject report = expect(supervisor.get(path), 200).json();
        assertEquals("Thành phố Cao Bằng", report.getString("scope_name"));
        assertEquals(2, report.getInteger("programs_produced"), "both uploaded on the 19th by the district");
        assertEquals(2, report.getInteger("programs_aired"));
        // P1: A 4 + B 1; P2: A 3 (B's was interrupted); X is elsewhere
        assertEquals(8, report.getInteger("airings"));
        assertEquals(2, report.getInteger("stations"));
        assertEquals(2, report.getInteger("stations_covered"));
        assertEquals(2, report.getInteger("communes_covered"));
        assertEquals(1, report.getInteger("stations_airing_daily"), "A aired Monday to Thursday; B on Monday only");
        JsonObject line = report.getJsonArray("campaigns").getJsonObject(0);
        assertEquals(16, line.getInteger("targeted"));
        assertEquals(7, line.getInteger("achieved"));
        assertEquals(0.625, line.getDouble("days_share"), 1e-9);
        assertEquals(0.0, line.getDouble("sound_share"), "none of its airings came from a signing agent: none proved by sound");

        String csv = new String(Exports.download(supervisor, path + "&format=csv", "text/csv; charset=utf-8"),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("Tổng số lần phát: 8."), csv);
        assertTrue(csv.contains("Số đài phát đủ mọi ngày có khung giờ: 1/2 (50,0 %)."), csv);
        assertTrue(csv.contains("Tuyên truyền tháng 11,2,16,7,\"43,8\",\"62,5\",\"0,0\""), csv);

        byte[] xlsx = Exports.download(supervisor, path + "&format=xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<List<String>> campaigns = Exports.sheet(xlsx, "3. Thực hiện các chiến dịch");
        assertEquals(List.of("Tuyên truyền tháng 11", "2", "16", "7", "43.8", "62.5", "0.0"), campaigns.get(1));
        List<List<String>> aired = Exports.sheet(xlsx, "2. Chương trình đã phát");
        assertEquals("5", aired.stream().filter(r -> r.get(1).equals("Phòng chống sốt xuất huyết")).findFirst().orElseThrow()
                .get(2));
        assertTrue(Exports.sheet(xlsx, "Tổng hợp").stream().anyMatch(r -> r.get(0).equals("Tổng số lần phát: 8.")
                || r.get(0).startsWith("Số chương trình đã phát: 2. Tổng số lần phát: 8.")));

        String pdf = Exports.pdfText(Exports.download(supervisor, path + "&format=pdf", "application/pdf"));
        assertTrue(pdf.contains("Báo cáo giám sát hoạt động truyền thanh cơ sở"), pdf);
        assertTrue(pdf.contains("Tổng số lần phát: 8."), pdf);
        assertTrue(pdf.contains("Tuyên truyền tháng 11 2 16 7 43,8 62,5 0,0"), pdf);
        assertTrue(pdf.contains("Phòng chống sốt xuất huyết"), pdf);
    }

    @Test
    void theMonitoringReportIsPrintedInTheAdministrativeFormReadyToSign() {
        Api supervisor = districtSupervisor();
        String path = "/api/v1/reports/monitoring?from=2026-11-16&to=2026-11-19&format=pdf";
        String blank = Exports.pdfText(Exports.download(supervisor, path, "application/pdf"));
        for (String part : List.of("THÀNH PHỐ CAO BẰNG", "Số: /BC", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Cao Bằng, ngày 19 tháng 11 năm 2026", "BÁO CÁO",
                "Giám sát hoạt động truyền thanh cơ sở", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "THỦ TRƯỞNG CƠ QUAN",
                "(Ký, ghi rõ họ tên, đóng dấu)", "Tổng số lần phát:")) {
            assertTrue(blank.contains(part), "the form with its blanks: " + part + " in " + blank);
        }
        String filled = Exports.pdfText(Exports.download(supervisor, path + "&agency=" + encode("PHÒNG VĂN HOÁ - THÔNG TIN")
                + "&number=" + encode("12/BC-VHTT") + "&recipients=" + encode("UBND thành phố; Sở Văn hoá, Thể thao và Du lịch;Lưu: VT")
                + "&signer_title=" + encode("TRƯỞNG PHÒNG") + "&signer_name=" + encode("Nông Thị Hà"), "application/pdf"));
        for (String part : List.of("PHÒNG VĂN HOÁ - THÔNG TIN", "Số: 12/BC-VHTT", "- UBND thành phố", "- Sở Văn hoá, Thể thao và Du lịch",
                "- Lưu: VT", "TRƯỞNG PHÒNG", "Nông Thị Hà")) {
            assertTrue(filled.contains(part), "what the supervisor wrote: " + part + " in " + filled);
        }
        String csv = new String(Exports.download(supervisor, path.replace("format=pdf", "format=csv") + "&number=12%2FBC-VHTT",
                "text/csv; charset=utf-8"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Số: 12/BC-VHTT") && csv.contains("Nơi nhận: - Như trên; - Lưu: VT."), csv);
        assertEquals(400, supervisor.get(path + "&signer_name=" + "x".repeat(101)).status(), "a name longer than a name");
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void theDaySummaryCountsTodayInTheCallersScopeWithItsNoticesAndTheStationsNeverHeardFrom() {
        // Thursday, as the dashboard asks at noon: a notice to the district at 12:30, outside the windows
        long notice = expect(admin.post("/api/v1/notices", new JsonObject().put("title", "Cắt điện khu vực phường Hợp Giang")
                .put("program_id", p1).put("issued_by_unit_code", Fixtures.DISTRICT).put("override_windows", true)
                .put("air_at", clock.instant().plusSeconds(1800).toString())
                .put("target_units", new JsonArray().add(Fixtures.DISTRICT))), 201).json().getLong("id");
        JsonObject district = expect(districtSupervisor().get("/api/v1/reports/today"), 200).json();
        JsonObject province = expect(scheduler.as("giamsat.tinh", Role.SUPERVISOR, Fixtures.PROVINCE).get("/api/v1/reports/today"), 200)
                .json();
        assertEquals("2026-11-19", district.getString("day"));
        // A: P1 and P2 in its morning window (due), B: both at 17:00 (not yet), each + the notice; X is elsewhere
        assertEquals(6, district.getInteger("planned"));
        assertEquals(2, district.getInteger("due"));
        assertEquals(1, district.getJsonObject("outcomes").getInteger("played"), "A's P2 on Thursday");
        assertEquals(0, district.getJsonObject("outcomes").getInteger("missed"));
        JsonObject progress = district.getJsonArray("notices").getJsonObject(0);
        assertEquals(notice, progress.getLong("id"));
        assertEquals(2, progress.getInteger("stations"));
        assertEquals(0, progress.getInteger("due"));
        assertTrue(progress.getBoolean("in_progress"));
        assertEquals(new JsonObject().put("total", 2).put("never_connected", 1), district.getJsonObject("stations"),
                "B has sent records but never a heartbeat");
        assertEquals(8, province.getInteger("planned"), "X's two as well");
        assertEquals(4, province.getInteger("due"));
        assertEquals(new JsonObject().put("total", 3).put("never_connected", 2), province.getJsonObject("stations"));
    }

    @Test
    void theDailyRollupRebuiltFromTheRawRecordsGivesTheSameNumbers() {
        send(a, record(7, MON.plusDays(3), p1, "played"));
        String path = "/api/v1/reports/frequency?from=2026-11-16&to=2026-11-19&place=station";
        JsonArray incremental = expect(admin.get(path), 200).json().getJsonArray("rows");
        int rows = scheduler.store().write(r -> r.reports().rebuildRollup());
        assertEquals(incremental.size(), rows, "one roll-up row per station, day, program and campaign");
        assertEquals(incremental, expect(admin.get(path), 200).json().getJsonArray("rows"));

        // a whole month reads the monthly roll-up; the four days read the daily one: the same airings
        JsonArray fromDays = expect(admin.get("/api/v1/reports/frequency?from=2026-11-16&to=2026-11-19&bucket=period"), 200)
                .json().getJsonArray("rows");
        JsonArray fromMonth = expect(admin.get("/api/v1/reports/frequency?from=2026-11-01&to=2026-11-30&bucket=period"), 200)
                .json().getJsonArray("rows");
        assertEquals(fromDays.size(), fromMonth.size());
        for (int i = 0; i < fromDays.size(); i++) {
            assertEquals(fromDays.getJsonObject(i).getInteger("airings"), fromMonth.getJsonObject(i).getInteger("airings"));
            assertEquals(fromDays.getJsonObject(i).getInteger("missed"), fromMonth.getJsonObject(i).getInteger("missed"));
        }
        // a month mostly inside the period is read whole less its days outside it: the 1st to the 17th is November
        // less the 18th to the 30th, where A aired on the 18th and 19th; summed by days, the same
        String lessDays = "/api/v1/reports/frequency?from=2026-11-01&to=2026-11-17&place=station&bucket=";
        assertTrue(expect(admin.get("/api/v1/reports/frequency?from=2026-11-18&to=2026-11-30&bucket=period"), 200).json()
                .getJsonArray("rows").stream().mapToInt(c -> ((JsonObject) c).getInteger("airings")).sum() > 0,
                "the days taken off hold airings");
        assertEquals(sums(expect(admin.get(lessDays + "day"), 200).json().getJsonArray("rows")),
                sums(expect(admin.get(lessDays + "period"), 200).json().getJsonArray("rows")));
        JsonArray quarter = expect(admin.get("/api/v1/reports/frequency?from=2026-10-15&to=2026-12-31&bucket=month"
                + "&place=province"), 200).json().getJsonArray("rows");
        assertEquals(9, quarter.stream().mapToInt(c -> ((JsonObject) c).getInteger("airings")).sum(),
                "half a month of days, then whole months: A 7 + B 1 + X 1");
    }

    /** Each station's and program's airings, partial and missed over the buckets of a frequency answer. */
    private static Map<String, List<Integer>> sums(JsonArray rows) {
        Map<String, List<Integer>> sums = new TreeMap<>();
        rows.stream().map(JsonObject.class::cast).forEach(c -> sums.merge(c.getString("place_code") + " " + c.getLong("program_id"),
                List.of(c.getInteger("airings"), c.getInteger("partial"), c.getInteger("missed")),
                (x, y) -> List.of(x.get(0) + y.get(0), x.get(1) + y.get(1), x.get(2) + y.get(2))));
        return sums;
    }

    private static JsonObject byCode(JsonArray stations, String code) {
        return stations.stream().map(JsonObject.class::cast).filter(s -> s.getString("station_code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + stations.encode()));
    }

    private static JsonObject cell(JsonArray rows, long program, String place, String bucket) {
        return rows.stream().map(JsonObject.class::cast).filter(c -> c.getLong("program_id") == program
                && c.getString("place_code").equals(place) && c.getString("bucket_start").equals(bucket)).findFirst()
                .orElseThrow(() -> new AssertionError(program + " " + place + " " + bucket + " not in " + rows.encode()));
    }

    private static List<CSVRecord> csv(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.text());
        assertTrue(reply.contentType().startsWith("text/csv"), reply.contentType());
        assertTrue(reply.text().startsWith("\uFEFF"), "a byte-order mark, so Excel reads UTF-8");
        try {
            return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(reply.text().substring(1))).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVRecord row(List<CSVRecord> csv, String column, String value) {
        return csv.stream().filter(r -> r.get(column).equals(value)).findFirst().orElseThrow();
    }
}
