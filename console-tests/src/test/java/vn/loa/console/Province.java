package vn.loa.console;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;

/**
 * The browser tests' province: Cao Bằng with two districts, so a district user's view can be told from
 * the other district's. Thành phố Cao Bằng (040) has the test fixtures' two wards; Huyện Hòa An (041)
 * one commune with its own station.
 */
final class Province {

    static final String OTHER_DISTRICT = "041";
    static final String OTHER_DISTRICT_NAME = "Huyện Hòa An";
    static final String OTHER_COMMUNE = "01300";
    static final String OTHER_STATION_NAME = "Đài truyền thanh xã Hồng Việt";

    final long station;
    final long otherStation;

    /** Creates the tree and one station in each district through the API. */
    Province(Api admin) {
        Fixtures.createTree(admin);
        Fixtures.expect(admin.post("/api/v1/org-units", Fixtures.unit(OTHER_DISTRICT, OTHER_DISTRICT_NAME, "Huyện", "district",
                Fixtures.PROVINCE)), 201);
        Fixtures.expect(admin.post("/api/v1/org-units", Fixtures.unit(OTHER_COMMUNE, "Xã Hồng Việt", "Xã", "commune",
                OTHER_DISTRICT)), 201);
        station = Fixtures.expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201)
                .json().getLong("id");
        otherStation = Fixtures.expect(admin.post("/api/v1/stations", Fixtures.station("CB-01300", OTHER_COMMUNE)
                .put("name", OTHER_STATION_NAME)), 201).json().getLong("id");
    }

    /** Publishes a campaign over the whole province with these approved programs, once a day each. */
    static long campaign(Api planner, String name, LocalDate from, LocalDate to, long... programs) {
        JsonArray ids = new JsonArray();
        for (long p : programs) {
            ids.add(p);
        }
        long id = Fixtures.expect(planner.post("/api/v1/campaigns", new JsonObject().put("name", name)
                .put("owner_unit_code", Fixtures.PROVINCE).put("period_start", from.toString()).put("period_end", to.toString())
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 1))
                .put("target_units", new JsonArray().add(Fixtures.PROVINCE)).put("program_ids", ids)), 201).json().getLong("id");
        Fixtures.expect(planner.post("/api/v1/campaigns/" + id + "/publish", new JsonObject()), 200);
        return id;
    }
}
