package vn.loa.scheduler.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.scheduler.cli.RemapCommand;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.MutableClock;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * A 2024 deployment moved to the map of July 2025 (issue 17): Huyện Ba Bể of Tỉnh Bắc Kạn, as the old
 * catalogue has it, with three commune stations and a year of airing. Thị trấn Chợ Rã (01888) and Xã Thượng
 * Giáo (01912) joined the new Xã Chợ Rã, whose code is Thượng Giáo's; Xã Khang Ninh (01906) joined the new
 * Xã Ba Bể, which took its code. The remap command runs dry, then applies; the 2024 reports read as before,
 * a report spanning the reform rolls up by the new communes, the district's planner works through its group.
 */
class RemapIT {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2024, 12, 31);
    private static final String YEAR = "from=2024-01-01&to=2024-12-31";

    private final MutableClock clock = new MutableClock(FIRST.atTime(0, 30).atZone(HCM).toInstant());

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(clock);

    @TempDir
    Path files;

    private Api admin;
    private long program;
    private long campaign2024;
    private final Map<String, Long> stations = new HashMap<>();
    private final Map<String, Api> agents = new HashMap<>();
    private final Map<String, Long> sequence = new HashMap<>();

    @Test
    void aDistrictOf2024MovesToTheNewMapKeepingEveryRecordAndEveryReport() throws IOException {
        build2024District();
        Api planner = scheduler.as("kehoach.babe", Role.PLANNER, "061");
        long campaign2025 = campaign(planner, "Tuyên truyền bầu cử 2025", "2025-06-01", "2025-12-31");

        // a year of airing, sent as it happens (a record from too long ago is refused): A and C every day, B not
        // on Sundays (missed); A also the first half of 2025
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            record("BB-01888", day, "played");
            record("BB-01912", day, day.getDayOfWeek() == DayOfWeek.SUNDAY ? "missed" : "played");
            record("BB-01906", day, "played");
            flushAtMonthEnd(day);
        }
        for (LocalDate day = LAST.plusDays(1); day.isBefore(LocalDate.of(2025, 7, 1)); day = day.plusDays(1)) {
            record("BB-01888", day, "played");
            flushAtMonthEnd(day);
        }
        admin = scheduler.admin();
        Map<String, Integer> recordsBefore = recordCounts();
        List<String> reports2024 = List.of(
                "/api/v1/reports/frequency?unit=061&bucket=month&" + YEAR,
                "/api/v1/reports/frequency?unit=061&bucket=period&place=commune&" + YEAR,
                "/api/v1/reports/frequency?unit=06&bucket=month&place=district&" + YEAR,
                "/api/v1/reports/compliance?unit=061&campaign_id=" + campaign2024 + "&" + YEAR,
                "/api/v1/reports/as-run?unit=061&limit=50&" + YEAR);
        Map<String, JsonObject> before = new HashMap<>();
        reports2024.forEach(path -> before.put(path, expect(admin.get(path), 200).json()));
        assertEquals(366, cell(before.get(reports2024.get(1)), "01888").getInteger("airings"), "the fixture is what it says");

        // a wrong mapping is reported row by row and changes nothing
        Path wrong = write("wrong.csv", mapping() + "01999,Xã Không Có,061,01912,Xã Chợ Rã\n01906,Xã Khang Ninh,061,01912,Xã Chợ Rã\n");
        Run refused = remap(wrong, true);
        assertEquals(1, refused.exit(), refused.out());
        assertTrue(refused.out().contains("dòng / row 110: Không có xã cũ mã 01999 thuộc huyện 061 trong Loa"), refused.out());
        assertTrue(refused.out().contains("Xã cũ 01906 được chia cho nhiều xã mới (01906, 01912)"), refused.out());
        assertEquals(3, stationList(admin).size(), "nothing applied");

        Path mapping = write("mapping.csv", mapping());
        Run dry = remap(mapping, false);
        assertEquals(0, dry.exit(), dry.out());
        assertTrue(dry.out().contains("Chạy thử, chưa thay đổi gì"), dry.out());
        assertTrue(dry.out().contains("BB-01888 → XA-01912"), dry.out());
        assertTrue(dry.out().contains("kehoach.babe: 061 → HUYEN-061"), dry.out());
        assertEquals(3, stationList(admin).size(), "a dry run changes nothing");

        clock.set(LocalDate.of(2025, 7, 2).atTime(9, 0).atZone(HCM).toInstant());
        admin = scheduler.admin();
        Run applied = remap(mapping, true);
        assertEquals(0, applied.exit(), applied.out());
        assertTrue(applied.out().contains("Đã áp dụng trong một giao dịch"), applied.out());
        Run again = remap(mapping, true);
        assertTrue(again.out().contains("Không có gì cần đổi"), "running it twice changes nothing: " + again.out());

        // the new tree: Thái Nguyên with the new communes; the old units stay, out of force
        JsonObject choRa = expect(admin.get("/api/v1/org-units/01912"), 200).json();
        assertEquals("Xã Chợ Rã", choRa.getString("name"));
        assertEquals("19", choRa.getString("parent_code"));
        JsonObject district = expect(admin.get("/api/v1/org-units/061"), 200).json();
        assertEquals("2025-07-01", district.getString("superseded_on"));

        // the stations: one per new commune, the old ones its sites; no record lost
        JsonObject newChoRa = station(admin, "XA-01912");
        JsonArray sites = expect(admin.get("/api/v1/stations/" + newChoRa.getLong("id") + "/sites"), 200).json()
                .getJsonArray("items");
        assertEquals(List.of("BB-01888", "BB-01912"), sites.stream().map(s -> ((JsonObject) s).getString("code")).sorted()
                .toList(), "the two old stations' installations are the sites of Xã Chợ Rã's station");
        assertEquals(recordsBefore, recordCounts(), "every record stays with the station that received it");
        assertEquals(newChoRa.getLong("id"), station(admin, "BB-01888").getLong("merged_into_station_id"),
                "the old station says where it airs now");
        List<JsonObject> both = expect(admin.get("/api/v1/org-units"), 200).json().getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(u -> u.getString("code").equals("01912")).toList();
        assertEquals(2, both.size(), "the old Xã Thượng Giáo and the new Xã Chợ Rã share the code: " + both);
        assertEquals("Xã Thượng Giáo", both.stream().filter(u -> u.getString("superseded_on") != null).findFirst()
                .orElseThrow().getString("name"));

        // the old PCs go on without being enrolled again: their records land on the new station
        record("BB-01888", LocalDate.of(2025, 7, 2), "played");
        send("BB-01888");
        assertEquals(1, (int) scheduler.store().read(r -> r.stations().countAsRunRecords(newChoRa.getLong("id"))));

        // 2024 reports read exactly as before, by the units of 2024
        for (String path : reports2024) {
            assertEquals(before.get(path), expect(admin.get(path), 200).json(), path);
        }

        // a report spanning the reform rolls up by the new communes
        JsonObject spanning = expect(admin.get("/api/v1/reports/frequency?unit=19&bucket=period&place=commune"
                + "&from=2024-01-01&to=2025-07-31"), 200).json();
        int sundays = (int) FIRST.datesUntil(LAST.plusDays(1)).filter(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY).count();
        assertEquals(366 + 181 + 1 + (366 - sundays), cell(spanning, "01912").getInteger("airings"),
                "Xã Chợ Rã: Thị trấn Chợ Rã's and Xã Thượng Giáo's airings, before and after");
        assertEquals(366, cell(spanning, "01906").getInteger("airings"), "Xã Ba Bể: Xã Khang Ninh's");
        assertTrue(spanning.getJsonArray("rows").stream().noneMatch(c -> ((JsonObject) c).getString("place_code")
                .equals("01888")), "no row under a commune that is gone");

        // the district's planner now works through the planning group of the former district
        Api sameplanner = scheduler.as("kehoach.babe", Role.PLANNER, null);
        JsonObject me = expect(sameplanner.get("/api/v1/session"), 200).json();
        assertEquals("HUYEN-061", me.getJsonObject("user", me).getString("scope_code"), me.encode());
        assertEquals(List.of("XA-01906", "XA-01912"), stationList(sameplanner).stream().sorted().toList());
        JsonObject group = expect(sameplanner.get("/api/v1/reports/frequency?unit=HUYEN-061&bucket=period&place=commune"
                + "&from=2024-01-01&to=2025-07-31"), 200).json();
        assertEquals(cell(spanning, "01912").getInteger("airings"), cell(group, "01912").getInteger("airings"));
        assertEquals(before.get(reports2024.get(0)), expect(sameplanner.get(reports2024.get(0)), 200).json(),
                "and still reads the 2024 report of the district");
        JsonObject running = expect(sameplanner.get("/api/v1/campaigns/" + campaign2025), 200).json();
        assertEquals(List.of("HUYEN-061"), running.getJsonArray("target_units").getList(), "the running campaign follows");
        JsonObject old = expect(sameplanner.get("/api/v1/campaigns/" + campaign2024), 200).json();
        assertEquals(List.of("061"), old.getJsonArray("target_units").getList(), "a finished one keeps its history");
        assertFalse(expect(admin.get("/api/v1/planning-groups/HUYEN-061"), 200).json().getJsonArray("member_codes")
                .isEmpty());
    }

    /** Tỉnh Bắc Kạn as it was, with only Huyện Ba Bể in it (all of its 15 communes), three stations, a campaign. */
    private void build2024District() throws IOException {
        admin = scheduler.admin();
        String units = resource("/demo/bac-kan-org-units.csv").lines()
                .filter(l -> l.startsWith("code,") || l.startsWith("06,") || l.startsWith("061,") || l.endsWith(",061"))
                .collect(Collectors.joining("\n", "", "\n"));
        expect(admin.postRaw("/api/v1/imports/org-units", "text/csv", units.getBytes(StandardCharsets.UTF_8)), 200);
        for (String commune : List.of("01888", "01912", "01906")) {
            String code = "BB-" + commune;
            stations.put(code, expect(admin.post("/api/v1/stations", Fixtures.station(code, commune)), 201).json()
                    .getLong("id"));
        }
        program = Programs.approved(admin, "061", "Phòng chống cháy rừng", 21).getLong("id");
        campaign2024 = campaign(admin, "Tuyên truyền năm 2024", "2024-01-01", "2024-12-31");
        expect(admin.post("/api/v1/campaigns/" + campaign2024 + "/publish", new JsonObject()), 200);
        stations.keySet().forEach(this::agent);
    }

    private long campaign(Api api, String name, String from, String to) {
        return expect(api.post("/api/v1/campaigns", new JsonObject().put("name", name).put("owner_unit_code", "061")
                .put("period_start", from).put("period_end", to)
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 1))
                .put("target_units", new JsonArray().add("061")).put("program_ids", new JsonArray().add(program))), 201)
                .json().getLong("id");
    }

    private Api agent(String station) {
        return agents.computeIfAbsent(station, s -> {
            String code = expect(admin.post("/api/v1/stations/" + stations.get(s) + "/enrolment-codes", new JsonObject()), 201)
                    .json().getString("code");
            return scheduler.api().withToken(expect(scheduler.api().post("/api/v1/agent/enrol",
                    new JsonObject().put("code", code)), 200).json().getString("token"));
        });
    }

    private final Map<String, JsonArray> pending = new HashMap<>();

    private void record(String station, LocalDate day, String outcome) {
        long n = sequence.merge(station, 1L, Long::sum);
        Instant planned = day.atTime(6, 0).atZone(HCM).toInstant();
        JsonObject r = new JsonObject().put("sequence", n).put("program_id", program).put("outcome", outcome)
                .put("planned_start", planned.toString());
        if (day.getYear() == 2024) {
            r.put("campaign_id", campaign2024);
        }
        if (outcome.equals("played")) {
            r.put("actual_start", planned.toString()).put("actual_end", planned.plusSeconds(4).toString())
                    .put("seconds_played", 4.0);
        } else {
            r.put("reason", "Mất điện");
        }
        pending.computeIfAbsent(station, s -> new JsonArray()).add(r);
    }

    /** The PCs send what they aired each month the day after it ends. */
    private void flushAtMonthEnd(LocalDate day) {
        if (day.plusDays(1).getDayOfMonth() == 1) {
            clock.set(day.plusDays(1).atTime(9, 0).atZone(HCM).toInstant());
            List.copyOf(pending.keySet()).forEach(this::send);
        }
    }

    private void send(String station) {
        JsonArray batch = pending.remove(station);
        if (batch != null && !batch.isEmpty()) {
            expect(agent(station).post("/api/v1/stations/" + stations.get(station) + "/as-run",
                    new JsonObject().put("records", batch)), 200);
        }
    }

    private Map<String, Integer> recordCounts() {
        Map<String, Integer> counts = new HashMap<>();
        stations.forEach((code, id) -> counts.put(code, scheduler.store().read(r -> r.stations().countAsRunRecords(id))));
        return counts;
    }

    private record Run(int exit, String out) {
    }

    private Run remap(Path mapping, boolean apply) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = new RemapCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock)
                .run(TestScheduler.storeUrl(scheduler.dataDir()), scheduler.dataDir(), 5000, mapping, null, RemapCommand.REFORM_DAY, apply);
        return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    /** Bắc Kạn's rows of the statistics office's mapping (all of them: other districts' rows are not this deployment's). */
    private static String mapping() throws IOException {
        return resource("/demo/bac-kan-to-thai-nguyen.csv");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RemapIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonObject cell(JsonObject report, String placeCode) {
        return report.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("place_code").equals(placeCode)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + placeCode + " in " + report.encode()));
    }

    private static JsonObject station(Api api, String code) {
        return expect(api.get("/api/v1/stations"), 200).json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static List<String> stationList(Api api) {
        List<String> codes = new ArrayList<>();
        expect(api.get("/api/v1/stations"), 200).json().getJsonArray("items")
                .forEach(s -> codes.add(((JsonObject) s).getString("code")));
        return codes;
    }
}
