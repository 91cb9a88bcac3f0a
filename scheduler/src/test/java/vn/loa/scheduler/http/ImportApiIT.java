package vn.loa.scheduler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.ErrorShape.assertError;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.TestScheduler;

class ImportApiIT {

    private static final String UNITS = """
            code,name,type,level,parent_code
            04,Tỉnh Cao Bằng,Tỉnh,province,
            040,Thành phố Cao Bằng,Thành phố,district,04
            01273,Phường Hợp Giang,Phường,commune,040
            01279,Phường Ngọc Xuân,Phường,commune,040
            """;

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.create();
    private Api api;

    @BeforeEach
    void start() {
        api = scheduler.admin();
    }

    private Api.Reply importCsv(String kind, String csv) {
        return api.postRaw("/api/v1/imports/" + kind, "text/csv; charset=utf-8", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unitsThenStationsImportWithVietnameseWindowNotation() {
        assertEquals(4, expect(importCsv("org-units", UNITS), 200).json().getInteger("created"));
        String stations = """
                code,name,commune_code,languages,windows,quiet_hours_waiver
                CB-01273,Đài truyền thanh phường Hợp Giang,01273,vi;tyz,"T2-T6 06:00-06:30; T2-CN 17:00-17:45",
                CB-01279,Đài truyền thanh phường Ngọc Xuân,01279,vi,"T2-CN 5h30-6h15",Bà con đi làm sớm; phường đồng ý.
                """;
        assertEquals(2, expect(importCsv("stations", stations), 200).json().getInteger("created"));
        JsonArray items = expect(api.get("/api/v1/stations?within=040"), 200).items();
        assertEquals(2, items.size());
        JsonObject first = items.getJsonObject(0);
        assertEquals("Đài truyền thanh phường Hợp Giang", first.getString("name"));
        assertEquals(5 * 30 + 7 * 45, first.getInteger("minutes_per_week"));
    }

    @Test
    void stationFileWithOneBadRowImportsNothingAndNamesTheRow() {
        expect(importCsv("org-units", UNITS), 200);
        String stations = """
                code,name,commune_code,languages,windows
                CB-01273,Đài truyền thanh phường Hợp Giang,01273,vi,T2-CN 06:00-06:30
                CB-01279,Đài truyền thanh phường Ngọc Xuân,01279,vi,"T2-CN 05:30-06:15; T2 06:00-06:30"
                """;
        JsonObject error = assertError(importCsv("stations", stations), 400, "import_rejected");
        assertTrue(error.getString("message").contains("Dòng 3"), error.getString("message"));
        assertTrue(error.getString("message").contains("trùng với khung"), error.getString("message"));
        JsonArray rows = error.getJsonObject("details").getJsonArray("rows");
        assertEquals(1, rows.size());
        assertEquals(3, rows.getJsonObject(0).getInteger("row"));
        assertEquals(0, expect(api.get("/api/v1/stations"), 200).items().size());
    }

    @Test
    void unitFileWithOneBadRowImportsNothing() {
        String bad = UNITS + "01282,Phường Sông Bằng,Phường,xã,040\n";
        JsonObject error = assertError(importCsv("org-units", bad), 400, "import_rejected");
        assertEquals(6, error.getJsonObject("details").getJsonArray("rows").getJsonObject(0).getInteger("row"));
        assertEquals(0, expect(api.get("/api/v1/org-units"), 200).items().size());
    }

    @Test
    void jsonSentToAnImportIsRefusedAsTheWrongContentType() {
        assertError(api.post("/api/v1/imports/org-units", new JsonObject().put("code", "04")), 415,
                "unsupported_media_type");
    }
}
