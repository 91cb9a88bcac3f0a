package vn.loa.scheduler.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * Request bodies with real Vietnamese names, so encoding mistakes show. Codes are those of Tỉnh Cao
 * Bằng in the GSO catalogue (province 04, district 040 Thành phố Cao Bằng, commune 01273 Phường Hợp Giang, 01279 Phường Ngọc Xuân).
 */
public final class Fixtures {

    public static final String PROVINCE = "04";
    public static final String DISTRICT = "040";
    public static final String COMMUNE = "01273";
    public static final String OTHER_COMMUNE = "01279";

    private Fixtures() {
    }

    public static JsonObject unit(String code, String name, String type, String level, String parent) {
        return new JsonObject().put("code", code).put("name", name).put("type", type).put("level", level)
                .put("parent_code", parent);
    }

    /** Creates province 04 > district 040 > communes 01273 and 01279 through the API. */
    public static void createTree(Api api) {
        expect(api.post("/api/v1/org-units", unit(PROVINCE, "Tỉnh Cao Bằng", "Tỉnh", "province", null)), 201);
        expect(api.post("/api/v1/org-units", unit(DISTRICT, "Thành phố Cao Bằng", "Thành phố", "district", PROVINCE)), 201);
        expect(api.post("/api/v1/org-units", unit(COMMUNE, "Phường Hợp Giang", "Phường", "commune", DISTRICT)), 201);
        expect(api.post("/api/v1/org-units", unit(OTHER_COMMUNE, "Phường Ngọc Xuân", "Phường", "commune", DISTRICT)), 201);
    }

    public static JsonObject window(String start, String end, String... days) {
        return new JsonObject().put("days", new JsonArray(List.of((Object[]) days))).put("start", start)
                .put("end", end);
    }

    public static final String[] EVERY_DAY = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

    /** Issues an enrolment code for the station and enrols an agent with it, as the officer would: the agent's token. */
    public static String enrol(Api admin, Api anonymous, long station) {
        String code = expect(admin.post("/api/v1/stations/" + station + "/enrolment-codes", new JsonObject()), 201).json()
                .getString("code");
        return expect(anonymous.post("/api/v1/agent/enrol", new JsonObject().put("code", code)), 200).json().getString("token");
    }

    /** A station with the usual two windows: 06:00–06:30 every day, 17:00–17:45 on weekdays. */
    public static JsonObject station(String code, String communeCode) {
        return new JsonObject()
                .put("code", code)
                .put("name", "Đài truyền thanh phường Hợp Giang")
                .put("commune_code", communeCode)
                .put("languages", new JsonArray().add("vi").add("tyz"))
                .put("windows", new JsonArray()
                        .add(window("06:00", "06:30", EVERY_DAY))
                        .add(window("17:00", "17:45", "MON", "TUE", "WED", "THU", "FRI")));
    }

    public static Api.Reply expect(Api.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + " but got " + reply);
        }
        return reply;
    }
}
