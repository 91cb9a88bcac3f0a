package vn.loa.scheduler.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.scheduler.testing.ErrorShape.assertError;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.MutableClock;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * A merged commune's station with the old communes' installations as its sites (issue 17): each site
 * enrolled with its own agent, reading the one schedule, sending its own heartbeats and records; coverage
 * says how many of the sites aired; history is never deleted.
 */
class StationSitesIT {

    /** Monday 23 November 2026, 16:00 in Vietnam. */
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final String TODAY = "2026-11-23";

    private final MutableClock clock = new MutableClock(NOW);

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(clock);
    private Api admin;
    private long station;

    @BeforeEach
    void station() {
        admin = scheduler.admin();
        Fixtures.createTree(admin);
        station = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json().getLong("id");
    }

    private String sites() {
        return "/api/v1/stations/" + station + "/sites";
    }

    private JsonObject listing() {
        return expect(admin.get(sites() + "?from=" + TODAY), 200).json();
    }

    private long addSite(String code, String name) {
        return expect(admin.post(sites(), new JsonObject().put("code", code).put("name", name)
                .put("location", "Nhà văn hoá thôn Nà Phoọc").put("latitude", 22.41).put("longitude", 105.62)
                .put("former_station_code", "BK-" + code)), 201).json().getLong("id");
    }

    private Api enrolled(long site) {
        String code = expect(admin.post(sites() + "/" + site + "/enrolment-codes", new JsonObject()), 201).json()
                .getString("code");
        return scheduler.api().withToken(expect(scheduler.api().post("/api/v1/agent/enrol", new JsonObject().put("code", code)),
                200).json().getString("token"));
    }

    private static JsonObject played(long sequence) {
        Instant start = NOW.minusSeconds(3600);
        return new JsonObject().put("sequence", sequence).put("outcome", "played").put("seconds_played", 180.0)
                .put("planned_start", start.toString()).put("actual_start", start.toString())
                .put("actual_end", start.plusSeconds(180).toString());
    }

    private void send(Api pc, JsonObject record) {
        expect(pc.post("/api/v1/stations/" + station + "/as-run", new JsonObject().put("records", new JsonArray().add(record))),
                200);
    }

    private static JsonObject site(JsonObject listing, long id) {
        return listing.getJsonArray("items").stream().map(JsonObject.class::cast).filter(s -> s.getLong("id") == id)
                .findFirst().orElseThrow();
    }

    @Test
    void eachSiteEnrolsItsOwnAgentReadsTheOneScheduleAndCountsInTheCoverage() {
        JsonObject before = listing();
        assertEquals(1, before.getJsonArray("items").size(), "every station has its first site");
        long first = before.getJsonArray("items").getJsonObject(0).getLong("id");
        assertEquals("CB-01273", before.getJsonArray("items").getJsonObject(0).getString("code"), "with the station's code");
        assertEquals("never_heard", before.getJsonArray("items").getJsonObject(0).getString("state"));
        long second = addSite("CB-01273-NP", "Điểm phát Nà Phoọc (xã Nam Cường cũ)");

        Api a = enrolled(first);
        Api b = enrolled(second);
        for (Api pc : List.of(a, b)) {
            expect(pc.get("/api/v1/stations/" + station + "/schedule"), 200);
        }
        expect(b.post("/api/v1/stations/" + station + "/heartbeats", new JsonObject().put("agent_version", "0.1.0")), 200);
        JsonObject heard = listing();
        assertEquals("online", site(heard, second).getString("state"), "the site that sent a heartbeat");
        assertEquals("never_heard", site(heard, first).getString("state"), "the other site is not heard through it");
        assertEquals("0/2 điểm phát", heard.getJsonObject("coverage").getString("text"));
        JsonObject today = expect(admin.get("/api/v1/reports/today"), 200).json().getJsonObject("sites");
        assertEquals(2, today.getInteger("in_service"), today.encode());
        assertEquals(1, today.getInteger("online"));
        assertEquals(1, today.getInteger("never_heard"));
        JsonObject several = today.getJsonArray("stations").getJsonObject(0);
        assertEquals("CB-01273", several.getString("station_code"), "the first screen names the station with several sites");
        assertEquals(1, several.getInteger("online"));
        assertEquals(2, several.getInteger("in_service"));

        send(a, played(1));
        JsonObject half = listing();
        assertEquals(1, site(half, first).getLong("played"));
        assertEquals(0, site(half, second).getLong("played"));
        assertEquals("1/2 điểm phát", half.getJsonObject("coverage").getString("text"));
        send(b, played(1));
        JsonObject both = listing();
        assertEquals(2, both.getJsonObject("coverage").getInteger("sites_aired"), both.encode());
        assertEquals(2, (int) scheduler.store().read(r -> r.stations().countAsRunRecords(station)),
                "both sites' record 1 are kept: each site's PC numbers its own");

        Api bAgain = enrolled(second);
        assertEquals(401, b.get("/api/v1/stations/" + station + "/schedule").status(), "the site's old PC is replaced");
        expect(a.get("/api/v1/stations/" + station + "/schedule"), 200);
        expect(bAgain.get("/api/v1/stations/" + station + "/schedule"), 200);
    }

    @Test
    void aSiteWithHistoryIsRetiredNotDeletedAndAStationKeepsOneInService() {
        long first = listing().getJsonArray("items").getJsonObject(0).getLong("id");
        long second = addSite("CB-01273-NP", "Điểm phát Nà Phoọc");
        Api b = enrolled(second);
        send(b, played(1));

        assertError(admin.delete(sites() + "/" + second), 409, "site_has_history");
        assertEquals(2, listing().getJsonArray("items").size(), "nothing deleted");
        expect(admin.post(sites() + "/" + second + "/retire", new JsonObject()), 200);
        assertEquals(401, b.get("/api/v1/stations/" + station + "/schedule").status(), "a retired site's token stops working");
        JsonObject after = listing();
        assertEquals("retired", site(after, second).getString("state"));
        assertEquals(1, site(after, second).getLong("played"), "its airing of today stays counted");
        assertEquals("1/2 điểm phát", after.getJsonObject("coverage").getString("text"),
                "it was in service for part of today, so it was expected");
        assertError(admin.post(sites() + "/" + first + "/retire", new JsonObject()), 409, "last_site");
        assertError(admin.post(sites() + "/" + second + "/enrolment-codes", new JsonObject()), 409, "site_retired");

        long unused = addSite("CB-01273-X", "Điểm phát dự phòng");
        expect(admin.delete(sites() + "/" + unused), 204);
        assertEquals(2, listing().getJsonArray("items").size());
    }

    @Test
    void badSitesAreRefusedAndChangeNothing() {
        long other = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01279", "01279")), 201).json().getLong("id");
        long otherSite = expect(admin.get("/api/v1/stations/" + other + "/sites"), 200).json().getJsonArray("items")
                .getJsonObject(0).getLong("id");
        assertError(admin.post(sites() + "/" + otherSite + "/enrolment-codes", new JsonObject()), 404, "not_found");
        assertError(admin.post(sites(), new JsonObject().put("code", "CB-01279").put("name", "Trùng mã")), 400, "invalid_input");
        assertError(admin.post(sites(), new JsonObject().put("code", "DP-1").put("name", "Nửa toạ độ").put("latitude", 22.4)),
                400, "invalid_input");
        assertError(admin.post(sites(), new JsonObject().put("code", "DP-1").put("name", "Dòng\nmới")), 400, "invalid_input");
        assertError(admin.post(sites(), new JsonObject().put("code", "DP 1").put("name", "Mã có dấu cách")), 400,
                "invalid_input");
        addSite("DP-2", "Điểm phát thôn Bản Pục");
        assertError(admin.post("/api/v1/stations", Fixtures.station("DP-2", Fixtures.COMMUNE)), 400, "invalid_input");
        assertEquals(2, listing().getJsonArray("items").size(), "nothing added but the one good site");
    }

    @Test
    void aSiteIsPlacedOnTheMapByCorrectingItsCoordinatesAndItsCodeNeverChanges() {
        long site = addSite("DP-3", "Điểm phát thôn Nà Phoọc");
        JsonObject placed = new JsonObject().put("code", "DP-3").put("name", "Điểm phát Nam Cường (đài xã cũ)")
                .put("location", "Nhà văn hoá thôn Nà Phoọc").put("latitude", 22.6657).put("longitude", 106.2578)
                .put("former_station_code", "BK-02017");
        JsonObject changed = expect(admin.put(sites() + "/" + site, placed), 200).json();
        assertEquals("Điểm phát Nam Cường (đài xã cũ)", changed.getString("name"));
        assertEquals(22.6657, changed.getDouble("latitude"));

        // the stations at a glance carry each site in service with its place, for the map
        JsonObject now = expect(admin.get("/api/v1/reports/stations-now"), 200).json();
        JsonArray places = now.getJsonArray("items").getJsonObject(0).getJsonArray("places");
        JsonObject onMap = places.stream().map(JsonObject.class::cast).filter(p -> "DP-3".equals(p.getString("code")))
                .findFirst().orElseThrow();
        assertEquals(106.2578, onMap.getDouble("longitude"));
        assertEquals("never_heard", onMap.getString("state"));
        assertEquals(null, now.getValue("map_tiles"), "no tile server unless one is configured");

        assertError(admin.put(sites() + "/" + site, placed.copy().put("code", "DP-4")), 400, "invalid_input");
        assertError(admin.put(sites() + "/" + site, placed.copy().put("latitude", 122.0)), 400, "invalid_request");
        assertError(admin.put(sites() + "/" + site, placed.copy().putNull("longitude")), 400, "invalid_input");
        expect(admin.post(sites() + "/" + site + "/retire", new JsonObject()), 200);
        assertError(admin.put(sites() + "/" + site, placed.copy().put("name", "Sửa sau khi ngừng")), 400, "invalid_input");
        assertEquals("Điểm phát Nam Cường (đài xã cũ)", site(listing(), site).getString("name"), "refusals changed nothing");
        assertEquals(1, expect(admin.get("/api/v1/audit"), 200).json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(e -> "site.update".equals(e.getString("action"))).count(), "the correction is in the audit log");
    }
}
