package vn.loa.scheduler.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.ErrorShape.assertError;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * Quiet hours and second-person approval as a province decides them: a station file written the way
 * officers write it (a 05:30 morning session) imports whole, an evening window inside the quiet hours
 * is a warning, or refused where the province is strict.
 */
class ProvinceSettingsIT {

    private static final int COMMUNES = 175;

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.create();
    private Api admin;

    @BeforeEach
    void start() {
        admin = scheduler.admin();
    }

    private Api.Reply importCsv(String kind, String csv) {
        return admin.postRaw("/api/v1/imports/" + kind, "text/csv; charset=utf-8", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** A province of 175 communes directly under it, as since July 2025. */
    private void importProvince() {
        StringBuilder units = new StringBuilder("code,name,type,level,parent_code\n04,Tỉnh Cao Bằng,Tỉnh,province,\n");
        for (int i = 0; i < COMMUNES; i++) {
            units.append(communeCode(i)).append(",Xã Quảng Uyên ").append(i + 1).append(",Xã,commune,04\n");
        }
        assertEquals(COMMUNES + 1, expect(importCsv("org-units", units.toString()), 200).json().getInteger("created"));
    }

    private static String communeCode(int i) {
        return String.valueOf(10000 + i);
    }

    /** Every commune at 05:30 and 17:00; every tenth also airs at 22:15, inside the default quiet hours. */
    private static String stationFile(String lateWaiver) {
        StringBuilder csv = new StringBuilder("code,name,commune_code,languages,windows,quiet_hours_waiver\n");
        for (int i = 0; i < COMMUNES; i++) {
            boolean late = i % 10 == 0;
            csv.append("CB-").append(communeCode(i)).append(",Đài truyền thanh xã Quảng Uyên ").append(i + 1).append(',')
                    .append(communeCode(i)).append(",vi,\"T2-CN 5h30-6h15; T2-T6 17:00-17:45")
                    .append(late ? "; T7 22:15-22:45" : "").append("\",")
                    .append(late && lateWaiver != null ? lateWaiver : "").append('\n');
        }
        return csv.toString();
    }

    @Test
    void aStationFileWithHalfPastFiveSessionsImportsWholeAndEveningWindowsComeBackAsWarnings() {
        importProvince();
        JsonObject result = expect(importCsv("stations", stationFile(null)), 200).json();
        assertEquals(COMMUNES, result.getInteger("created"), "no row refused: " + result.encode());
        JsonArray warnings = result.getJsonArray("warnings");
        assertEquals(COMMUNES / 10 + 1, warnings.size(), "only the rows with a 22:15 window: " + warnings.encode());
        JsonObject first = warnings.getJsonObject(0);
        assertEquals(2, first.getInteger("row"), "row numbers count the header line");
        String message = first.getJsonArray("problems").getJsonObject(0).getString("message");
        assertTrue(message.contains("22:15–22:45 (T7) rơi vào giờ yên tĩnh (chỉ được phát 05:00 – 22:00)"), message);

        JsonObject station = expect(admin.get("/api/v1/stations?within=" + communeCode(0)), 200).items().getJsonObject(0);
        assertEquals("05:00", station.getJsonObject("quiet_hours").getString("not_before"));
        assertEquals("22:00", station.getJsonObject("quiet_hours").getString("not_after"));
        assertEquals(7 * 45 + 5 * 45 + 30, station.getInteger("minutes_per_week"), "the late window is kept as written");
        assertEquals(1, station.getJsonArray("warnings").size(), "the station still says so: " + station.encode());
        JsonObject quiet = expect(admin.get("/api/v1/stations?within=" + communeCode(1)), 200).items().getJsonObject(0);
        assertTrue(quiet.getJsonArray("warnings").isEmpty(), quiet.encode());
    }

    @Test
    void aStrictProvinceRefusesTheEveningWindowsUnlessWaivedAndAnyoneInScopeReadsItsSettings() {
        importProvince();
        JsonObject strict = new JsonObject().put("quiet_hours", new JsonObject().put("not_before", "05:00").put("not_after", "22:00"))
                .put("quiet_hours_strict", true);
        assertError(scheduler.as("kehoach.04", Role.PLANNER, "04").put("/api/v1/org-units/04/settings", strict), 403, "forbidden");
        assertError(scheduler.as("quantri.xa", Role.ADMIN, communeCode(3)).put("/api/v1/org-units/" + communeCode(3) + "/settings",
                strict), 403, "out_of_scope");
        JsonObject saved = expect(admin.put("/api/v1/org-units/04/settings", strict), 200).json();
        assertTrue(saved.getBoolean("quiet_hours_strict"));
        assertEquals("Tỉnh Cao Bằng", saved.getString("province_name"));

        JsonObject officerView = expect(scheduler.as("canbo.xa", Role.OPERATOR, communeCode(7))
                .get("/api/v1/org-units/" + communeCode(7) + "/settings"), 200).json();
        assertEquals("04", officerView.getString("province_code"));
        assertTrue(officerView.getBoolean("quiet_hours_strict"));

        JsonObject error = assertError(importCsv("stations", stationFile(null)), 400, "import_rejected");
        assertEquals(COMMUNES / 10 + 1, error.getJsonObject("details").getJsonArray("rows").size(), error.encode());
        assertTrue(expect(admin.get("/api/v1/stations"), 200).items().isEmpty(), "nothing imported");

        JsonObject waived = expect(importCsv("stations", stationFile("Phiên tối thứ Bảy theo quy chế xã; UBND đồng ý.")), 200).json();
        assertEquals(COMMUNES, waived.getInteger("created"));
        assertTrue(waived.getJsonArray("warnings").isEmpty(), waived.encode());

        JsonArray audit = expect(admin.get("/api/v1/audit"), 200).items();
        assertTrue(audit.stream().map(JsonObject.class::cast).anyMatch(e -> e.getString("action").equals("province.settings")
                && e.getString("org_unit_code").equals("04")), "the change is audited");
        assertError(admin.put("/api/v1/org-units/04/settings", new JsonObject().put("quiet_hours",
                new JsonObject().put("not_before", "22:00").put("not_after", "05:00"))), 400, "invalid_input");
    }

    @Test
    void whereTheProvinceAsksForASecondPersonTheUploaderCannotApproveAlone() {
        Fixtures.createTree(admin);
        Api uploader = scheduler.as("kehoach.a", Role.PLANNER, Fixtures.PROVINCE);
        Api colleague = scheduler.as("kehoach.b", Role.PLANNER, Fixtures.PROVINCE);
        long alone = Programs.ready(uploader, Fixtures.PROVINCE, "Phòng chống cháy rừng mùa khô", 1).getLong("id");
        expect(uploader.post("/api/v1/programs/" + alone + "/approve", new JsonObject()), 200);

        expect(admin.put("/api/v1/org-units/" + Fixtures.DISTRICT + "/settings", new JsonObject()
                .put("quiet_hours", new JsonObject().put("not_before", "05:00").put("not_after", "22:00"))
                .put("second_approval", true)), 200);
        long id = Programs.ready(uploader, Fixtures.PROVINCE, "Tiêm chủng mở rộng cho trẻ em", 2).getLong("id");
        JsonObject refused = assertError(uploader.post("/api/v1/programs/" + id + "/approve", new JsonObject()), 409,
                "second_approval_required");
        assertTrue(refused.getString("message").contains("người thứ hai"), refused.getString("message"));
        assertEquals("ready", expect(uploader.get("/api/v1/programs/" + id), 200).json().getString("status"), "nothing changed");
        assertEquals("approved", expect(colleague.post("/api/v1/programs/" + id + "/approve", new JsonObject()), 200)
                .json().getString("status"));
        assertFalse(expect(admin.get("/api/v1/org-units/" + Fixtures.COMMUNE + "/settings"), 200).json()
                .getBoolean("quiet_hours_strict"));
    }
}
