package vn.loa.scheduler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.ErrorShape.assertError;
import static vn.loa.scheduler.testing.Fixtures.expect;
import static vn.loa.scheduler.testing.Fixtures.window;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.TestScheduler;

class StationApiIT {

    private static final Instant NOW = Instant.parse("2026-11-22T01:30:00Z");

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(Clock.fixed(NOW, ZoneOffset.UTC));
    private Api api;

    @BeforeEach
    void start() {
        api = scheduler.admin();
        Fixtures.createTree(api);
    }

    private long createStation() {
        return expect(api.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json().getLong("id");
    }

    @Test
    void stationRoundTripsWithGroupedWindowsLanguagesAndDefaults() {
        long id = createStation();
        JsonObject station = expect(api.get("/api/v1/stations/" + id), 200).json();
        assertEquals("Đài truyền thanh phường Hợp Giang", station.getString("name"));
        assertEquals(new JsonArray().add("vi").add("tyz"), station.getJsonArray("languages"));
        assertEquals("Asia/Ho_Chi_Minh", station.getString("time_zone"));
        assertEquals("05:00", station.getJsonObject("quiet_hours").getString("not_before"), "the province default");
        assertEquals("22:00", station.getJsonObject("quiet_hours").getString("not_after"));
        assertEquals(new JsonArray()
                .add(window("06:00", "06:30", Fixtures.EVERY_DAY))
                .add(window("17:00", "17:45", "MON", "TUE", "WED", "THU", "FRI")), station.getJsonArray("windows"));
        assertEquals(7 * 30 + 5 * 45, station.getInteger("minutes_per_week"));
        assertEquals(NOW.toString(), station.getString("created_at"));
    }

    @Test
    void updateReplacesWindowsAndDeleteRemovesTheStation() {
        long id = createStation();
        JsonObject changed = Fixtures.station("CB-01273", Fixtures.COMMUNE)
                .put("windows", new JsonArray().add(window("11:00", "11:15", "SAT")));
        JsonObject updated = expect(api.put("/api/v1/stations/" + id, changed), 200).json();
        assertEquals(15, updated.getInteger("minutes_per_week"));
        expect(api.delete("/api/v1/stations/" + id), 204);
        assertError(api.get("/api/v1/stations/" + id), 404, "not_found");
    }

    @Test
    void stationsAreListedBySubtree() {
        createStation();
        expect(api.post("/api/v1/stations", Fixtures.station("CB-01279", Fixtures.OTHER_COMMUNE)), 201);
        assertEquals(2, expect(api.get("/api/v1/stations?within=04"), 200).items().size());
        assertEquals(1, expect(api.get("/api/v1/stations?within=01279"), 200).items().size());
    }

    @Test
    void overlappingWindowsAreRefusedInVietnameseAndNothingIsWritten() {
        JsonObject body = Fixtures.station("CB-01273", Fixtures.COMMUNE).put("windows", new JsonArray()
                .add(window("06:00", "06:45", "MON"))
                .add(window("06:30", "07:00", "MON", "TUE")));
        JsonObject error = assertError(api.post("/api/v1/stations", body), 400, "invalid_input");
        assertTrue(error.getString("message").contains("trùng"), error.getString("message"));
        assertEquals(0, expect(api.get("/api/v1/stations"), 200).items().size());
    }

    @Test
    void windowLeavingTheDayIsRefused() {
        JsonObject body = Fixtures.station("CB-01273", Fixtures.COMMUNE)
                .put("windows", new JsonArray().add(window("23:30", "00:15", "SAT")));
        JsonObject error = assertError(api.post("/api/v1/stations", body), 400, "invalid_input");
        assertTrue(error.getString("message").contains("nằm trong một ngày"), error.getString("message"));
        assertEquals(0, expect(api.get("/api/v1/stations"), 200).items().size());
    }

    @Test
    void aWindowInsideQuietHoursIsSavedWithAWarningOrRefusedWhereTheProvinceIsStrict() {
        long id = createStation();
        JsonObject early = Fixtures.station("CB-01273", Fixtures.COMMUNE)
                .put("windows", new JsonArray().add(window("04:30", "05:15", Fixtures.EVERY_DAY)));
        JsonObject warned = expect(api.put("/api/v1/stations/" + id, early), 200).json();
        assertEquals(1, warned.getJsonArray("warnings").size(), warned.encode());
        assertTrue(warned.getJsonArray("warnings").getJsonObject(0).getString("message").contains("giờ yên tĩnh"));

        expect(api.put("/api/v1/org-units/04/settings", new JsonObject().put("quiet_hours_strict", true)
                .put("quiet_hours", new JsonObject().put("not_before", "05:00").put("not_after", "22:00"))), 200);
        JsonObject later = Fixtures.station("CB-01273", Fixtures.COMMUNE)
                .put("windows", new JsonArray().add(window("04:45", "05:15", Fixtures.EVERY_DAY)));
        JsonObject error = assertError(api.put("/api/v1/stations/" + id, later), 400, "invalid_input");
        assertTrue(error.getString("message").contains("giờ yên tĩnh"), error.getString("message"));
        assertEquals(warned.getJsonArray("windows"),
                expect(api.get("/api/v1/stations/" + id), 200).json().getJsonArray("windows"), "nothing changed");

        later.put("quiet_hours_waiver", "Bà con đi nương sớm; UBND xã đồng ý phát từ 4 giờ 45.");
        assertTrue(expect(api.put("/api/v1/stations/" + id, later), 200).json().getJsonArray("warnings").isEmpty());
    }

    @Test
    void malformedJsonWrongTypesAndUnknownFieldsGet400InTheErrorShape() {
        assertError(api.send("POST", "/api/v1/stations", "application/json", "{\"code\": \"CB-1\", "), 400, "malformed_json");
        assertError(api.post("/api/v1/stations", Fixtures.station("CB-1", Fixtures.COMMUNE).put("name", 42)), 400,
                "invalid_request");
        JsonObject unknown = assertError(api.post("/api/v1/stations",
                Fixtures.station("CB-1", Fixtures.COMMUNE).put("tần_số", "FM 98")), 400, "invalid_request");
        assertEquals("tần_số", unknown.getJsonObject("details").getJsonArray("problems").getJsonObject(0).getString("field"));
        assertError(api.post("/api/v1/stations", Fixtures.station("CB-1", Fixtures.COMMUNE)
                .put("windows", new JsonArray().add(window("6h", "06:30", "MON")))), 400, "invalid_request");
        assertError(api.get("/api/v1/stations/mot"), 400, "invalid_request");
        assertEquals(0, expect(api.get("/api/v1/stations"), 200).items().size());
    }

    @Test
    void stationOfADistrictOrUnknownCommuneIsRefused() {
        assertError(api.post("/api/v1/stations", Fixtures.station("CB-1", Fixtures.DISTRICT)), 400, "invalid_input");
        assertError(api.post("/api/v1/stations", Fixtures.station("CB-1", "99999")), 400, "invalid_input");
    }

    @Test
    void secondStationWithTheSameCodeIsRefused() {
        createStation();
        JsonObject error = assertError(api.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.OTHER_COMMUNE)),
                400, "invalid_input");
        assertEquals("code", error.getJsonObject("details").getJsonArray("problems").getJsonObject(0).getString("field"));
    }
}
