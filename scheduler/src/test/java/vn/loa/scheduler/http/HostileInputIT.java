package vn.loa.scheduler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * Hostile text in every text field of every write endpoint: either the request succeeds and the text
 * is stored exactly as sent, or it gets a 400 (401 where credentials are the field). Never a 500.
 */
class HostileInputIT {

    private static final List<String> VALUES = List.of(
            "Robert'); DROP TABLE station; --",
            "\" OR \"1\"=\"1",
            "../../../../etc/passwd",
            "a".repeat(1024 * 1024),
            "Xã\tNà\nPhặc\u0000\u001b[31m",
            "Đài truyền thanh xã Nà Phặc — Ngân Sơn, Bắc Kạn ☀ 𝄞 \u202Egnp.exe");

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.create();
    private final AtomicInteger serial = new AtomicInteger();

    /** One text field: how to send a value in it, and how to read back what was stored (null: no read-back). */
    private record Target(String name, Function<String, Api.Reply> send, Function<Api.Reply, String> readBack,
                          Set<Integer> alsoAllowed) {
    }

    @Test
    void everyTextFieldStoresHostileTextExactlyOrRefusesItWith400() {
        Api admin = scheduler.admin();
        Fixtures.createTree(admin);
        long station = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json().getLong("id");
        long user = expect(admin.post("/api/v1/users", new JsonObject().put("username", "canbo").put("display_name", "Cán bộ")
                .put("role", "operator").put("scope_code", Fixtures.COMMUNE)), 201).json().getLong("id");
        Api agent = scheduler.api().withToken(Fixtures.enrol(admin, scheduler.api(), station));

        List<Target> targets = new ArrayList<>();
        for (String field : List.of("name", "type", "code", "parent_code")) {
            targets.add(new Target("createOrgUnit." + field, v -> admin.post("/api/v1/org-units",
                    Fixtures.unit(freshCommune(), "Xã Thử", "Xã", "commune", Fixtures.DISTRICT).put(field, v)),
                    r -> field.equals("code") || field.equals("parent_code") ? null
                            : admin.get("/api/v1/org-units/" + r.json().getString("code")).json().getString(field), Set.of()));
        }
        for (String field : List.of("name", "type", "parent_code")) {
            targets.add(new Target("updateOrgUnit." + field, v -> admin.put("/api/v1/org-units/" + Fixtures.OTHER_COMMUNE,
                    new JsonObject().put("name", "Phường Ngọc Xuân").put(field, v)),
                    r -> field.equals("parent_code") ? null : admin.get("/api/v1/org-units/" + Fixtures.OTHER_COMMUNE).json()
                            .getString(field), Set.of()));
        }
        for (String field : List.of("code", "name", "commune_code", "time_zone", "quiet_hours_waiver")) {
            targets.add(new Target("createStation." + field, v -> admin.post("/api/v1/stations",
                    Fixtures.station("X-" + serial.incrementAndGet(), Fixtures.COMMUNE).put(field, v)),
                    r -> admin.get("/api/v1/stations/" + r.json().getLong("id")).json().getString(field), Set.of()));
        }
        targets.add(new Target("createStation.languages", v -> admin.post("/api/v1/stations",
                Fixtures.station("X-" + serial.incrementAndGet(), Fixtures.COMMUNE).put("languages", new JsonArray().add(v))),
                r -> admin.get("/api/v1/stations/" + r.json().getLong("id")).json().getJsonArray("languages").getString(0),
                Set.of()));
        targets.add(new Target("updateStation.name", v -> admin.put("/api/v1/stations/" + station,
                Fixtures.station("CB-01273", Fixtures.COMMUNE).put("name", v)),
                r -> admin.get("/api/v1/stations/" + station).json().getString("name"), Set.of()));
        for (String field : List.of("username", "display_name", "scope_code")) {
            targets.add(new Target("createUser." + field, v -> admin.post("/api/v1/users", new JsonObject()
                    .put("username", "user" + serial.incrementAndGet()).put("display_name", "Người dùng").put("role", "planner")
                    .put("scope_code", Fixtures.DISTRICT).put(field, v)),
                    r -> admin.get("/api/v1/users/" + r.json().getLong("id")).json().getString(field), Set.of()));
        }
        targets.add(new Target("updateUser.display_name", v -> admin.put("/api/v1/users/" + user,
                new JsonObject().put("display_name", v)),
                r -> admin.get("/api/v1/users/" + user).json().getString("display_name"), Set.of()));
        for (String field : List.of("username", "password")) {
            targets.add(new Target("login." + field, v -> scheduler.api().post("/api/v1/session",
                    new JsonObject().put("username", "canbo").put("password", "x").put(field, v)), r -> null, Set.of(401)));
        }
        for (String field : List.of("current_password", "new_password")) {
            targets.add(new Target("changePassword." + field, v -> admin.put("/api/v1/session/password",
                    new JsonObject().put("current_password", "không đúng").put("new_password", "một câu thật dài").put(field, v)),
                    r -> null, Set.of()));
        }
        targets.add(new Target("enrolAgent.code", v -> scheduler.api().post("/api/v1/agent/enrol",
                new JsonObject().put("code", v)), r -> null, Set.of(401)));
        targets.add(new Target("enrolAgent.public_key", v -> scheduler.api().post("/api/v1/agent/enrol",
                new JsonObject().put("code", "7KQM-2XHP-9RTW-C4MN").put("public_key", v)), r -> null, Set.of()));
        for (String field : List.of("agent_version", "cache_state", "audio_state", "last_error")) {
            targets.add(new Target("postHeartbeat." + field, v -> agent.post("/api/v1/stations/" + station + "/heartbeats",
                    new JsonObject().put(field, v)), r -> null, Set.of()));
        }
        for (String field : List.of("reason", "outcome", "content_sha256", "actual_start", "prev_hash", "signature")) {
            targets.add(new Target("postAsRunRecords." + field, v -> agent.post("/api/v1/stations/" + station + "/as-run",
                    new JsonObject().put("records", new JsonArray().add(new JsonObject()
                            .put("sequence", serial.incrementAndGet()).put("outcome", "missed").put(field, v)))),
                    r -> null, Set.of()));
        }
        targets.add(new Target("importOrgUnits.name", v -> admin.postRaw("/api/v1/imports/org-units", "text/csv",
                ("code,name,type,level,parent_code\n" + freshCommune() + ",\"" + v.replace("\"", "\"\"") + "\",Xã,commune,"
                        + Fixtures.DISTRICT + "\n").getBytes(StandardCharsets.UTF_8)), r -> null, Set.of()));

        int storedExactly = 0;        targets.add(new Target("importStations.name", v -> admin.postRaw("/api/v1/imports/stations", "text/csv",
                ("code,name,commune_code,languages,windows\nIMP-" + serial.incrementAndGet() + ",\"" + v.replace("\"", "\"\"")
                        + "\"," + Fixtures.COMMUNE + ",vi,T2-CN 06:00-06:30\n").getBytes(StandardCharsets.UTF_8)), r -> null, Set.of()));

        for (Target target : targets) {
            for (String value : VALUES) {
                String label = target.name() + " = " + value.substring(0, Math.min(30, value.length()));
                Api.Reply reply = target.send().apply(value);
                int status = reply.status();
                boolean success = status >= 200 && status < 300;
                assertTrue(success || status == 400 || target.alsoAllowed().contains(status),
                        label + " → " + reply.toString().substring(0, Math.min(300, reply.toString().length())));
                if (success) {
                    String stored = target.readBack().apply(reply);
                    if (stored != null) {
                        assertEquals(value, stored, label + " was not stored exactly");
                        storedExactly++;
                    }
                }
            }
        }
        assertTrue(storedExactly >= 10, "SQL-looking and Vietnamese text in names is accepted, not refused: " + storedExactly);
    }

    private String freshCommune() {
        return String.valueOf(70000 + serial.incrementAndGet());
    }
}
