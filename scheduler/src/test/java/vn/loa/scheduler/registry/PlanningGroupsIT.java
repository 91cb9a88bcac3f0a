package vn.loa.scheduler.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.ErrorShape.assertError;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Planning groups (issue 17): a named set of communes inside a province — here "xã vùng cao" — that a
 * campaign targets and a report rolls up by, beside the tree; imported from CSV all or nothing.
 */
class PlanningGroupsIT {

    /** Monday 23 November 2026, 09:00 in Vietnam. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(clock);
    private Api admin;
    private Api planner;
    private long highland;
    private long lowland;

    @BeforeEach
    void province() {
        admin = scheduler.admin();
        Fixtures.createTree(admin);
        highland = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json().getLong("id");
        lowland = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01279", Fixtures.OTHER_COMMUNE)), 201).json()
                .getLong("id");
        planner = scheduler.as("kehoach.tinh", Role.PLANNER, Fixtures.PROVINCE);
    }

    private static JsonObject group(String code, String name, String... members) {
        return new JsonObject().put("code", code).put("name", name).put("province_code", Fixtures.PROVINCE)
                .put("member_codes", new JsonArray(List.of(members)));
    }

    @Test
    void aCampaignForTheGroupReachesOnlyItsCommunesAndReportsRollUpByIt() {
        expect(planner.post("/api/v1/planning-groups", group("VUNG-CAO", "Các xã vùng cao", Fixtures.COMMUNE)), 201);
        JsonObject read = expect(planner.get("/api/v1/planning-groups/VUNG-CAO"), 200).json();
        assertEquals(List.of(Fixtures.COMMUNE), read.getJsonArray("member_codes").getList());
        Set<Long> inGroup = expect(planner.get("/api/v1/stations?within=VUNG-CAO"), 200).items().stream()
                .map(s -> ((JsonObject) s).getLong("id")).collect(Collectors.toSet());
        assertEquals(Set.of(highland), inGroup, "the group's stations, not the others of the province");

        long program = Programs.approved(admin, Fixtures.PROVINCE, "Hướng dẫn phòng chống rét cho trâu bò", 3).getLong("id");
        long campaign = expect(planner.post("/api/v1/campaigns", new JsonObject().put("name", "Tuyên truyền vùng cao")
                .put("owner_unit_code", Fixtures.PROVINCE).put("period_start", "2026-11-23").put("period_end", "2026-12-31")
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 1))
                .put("target_units", new JsonArray().add("VUNG-CAO")).put("program_ids", new JsonArray().add(program))), 201)
                .json().getLong("id");
        JsonObject stored = expect(planner.get("/api/v1/campaigns/" + campaign), 200).json();
        assertEquals(List.of("VUNG-CAO"), stored.getJsonArray("target_units").getList(), "the target reads back as the group");
        expect(planner.post("/api/v1/campaigns/" + campaign + "/publish", new JsonObject()), 200);
        assertTrue(!expect(admin.get("/api/v1/stations/" + highland + "/schedule?from=2026-11-24"), 200).items().isEmpty(),
                "the group's station airs the campaign");
        assertEquals(0, expect(admin.get("/api/v1/stations/" + lowland + "/schedule?from=2026-11-24"), 200).items().size(),
                "the station outside the group does not");

        expect(planner.get("/api/v1/reports/frequency?unit=VUNG-CAO&from=2026-11-23&to=2026-11-23"), 200);
        assertError(planner.get("/api/v1/reports/frequency?unit=KHONG-CO&from=2026-11-23&to=2026-11-23"), 404, "not_found");
        assertError(planner.delete("/api/v1/planning-groups/VUNG-CAO"), 409, "planning_group_in_use");
        assertError(scheduler.as("kehoach.xa", Role.PLANNER, Fixtures.OTHER_COMMUNE).get(
                "/api/v1/reports/frequency?unit=VUNG-CAO&from=2026-11-23&to=2026-11-23"), 403, "out_of_scope");
    }

    @Test
    void aUserScopedToAGroupWorksInItsCommunesAndANoticeReachesThem() {
        expect(admin.post("/api/v1/planning-groups", group("VUNG-CAO", "Các xã vùng cao", Fixtures.COMMUNE)), 201);
        JsonObject created = expect(admin.post("/api/v1/users", new JsonObject().put("username", "kehoach.vungcao")
                .put("display_name", "Kế hoạch vùng cao").put("role", "planner").put("scope_code", "VUNG-CAO")), 201).json();
        assertEquals("VUNG-CAO", created.getString("scope_code"), "a group is a scope");
        assertError(admin.post("/api/v1/users", new JsonObject().put("username", "khong.co").put("display_name", "Không có")
                .put("role", "planner").put("scope_code", "KHONG-CO")), 400, "invalid_input");
        Api districtAdmin = scheduler.as("quantri.huyen", Role.ADMIN, Fixtures.DISTRICT);
        assertError(districtAdmin.post("/api/v1/users", new JsonObject().put("username", "rong.hon").put("display_name",
                "Rộng hơn").put("role", "planner").put("scope_code", "VUNG-CAO")), 403, "out_of_scope");

        Api groupPlanner = scheduler.as("kehoach.nhom", Role.PLANNER, "VUNG-CAO");
        assertEquals(List.of("CB-01273"), expect(groupPlanner.get("/api/v1/stations"), 200).items().stream()
                .map(st -> ((JsonObject) st).getString("code")).toList(), "only the group's stations");
        assertError(groupPlanner.get("/api/v1/stations/" + lowland), 403, "out_of_scope");

        long program = Programs.approved(admin, Fixtures.PROVINCE, "Cảnh báo lũ quét", 4).getLong("id");
        JsonObject notice = expect(groupPlanner.post("/api/v1/notices", new JsonObject().put("title", "Lũ quét vùng cao")
                .put("program_id", program).put("issued_by_unit_code", Fixtures.COMMUNE)
                .put("air_at", clock.instant().plusSeconds(3600).toString()).put("override_windows", true)
                .put("target_units", new JsonArray().add("VUNG-CAO"))), 201).json();
        JsonObject read = expect(groupPlanner.get("/api/v1/notices/" + notice.getLong("id")), 200).json();
        assertEquals(1, read.getJsonArray("airings").size(), "followed at the group's one station: " + read.encode());
        assertEquals(1, expect(admin.get("/api/v1/stations/" + highland + "/schedule"), 200).items().stream()
                .filter(i -> ((JsonObject) i).getValue("notice_id") != null).count(), "the group's station airs it");
        assertEquals(0, expect(admin.get("/api/v1/stations/" + lowland + "/schedule"), 200).items().stream()
                .filter(i -> ((JsonObject) i).getValue("notice_id") != null).count(), "the other does not");
    }

    @Test
    void badGroupsAreRefusedWholeAndAnImportIsAllOrNothing() {
        assertError(planner.post("/api/v1/planning-groups", group("01273", "Mã số", Fixtures.COMMUNE)), 400, "invalid_input");
        assertError(planner.post("/api/v1/planning-groups", group("NHOM", "Huyện làm thành viên", Fixtures.DISTRICT)), 400,
                "invalid_input");
        assertError(planner.post("/api/v1/planning-groups", group("NHOM", "Xã không có", "99999")), 400, "invalid_input");
        assertError(planner.post("/api/v1/planning-groups", group("NHOM", "Trống")), 400, "invalid_input");
        assertEquals(0, expect(planner.get("/api/v1/planning-groups"), 200).items().size(), "nothing stored");

        String bad = "group_code,group_name,province_code,commune_code\n"
                + "HUYEN-CU-040,Thành phố Cao Bằng (cũ),04,01273\n"
                + "HUYEN-CU-040,Thành phố Cao Bằng (cũ),04,01279\n"
                + "VUNG-CAO,Các xã vùng cao,04,99999\n";
        JsonObject refused = assertError(planner.postRaw("/api/v1/imports/planning-groups", "text/csv",
                bad.getBytes(StandardCharsets.UTF_8)), 400, "import_rejected");
        assertTrue(refused.encode().contains("99999"), refused.encode());
        assertEquals(0, expect(planner.get("/api/v1/planning-groups"), 200).items().size(), "a bad row imports nothing");

        String good = bad.replace("99999", Fixtures.COMMUNE);
        JsonObject first = expect(planner.postRaw("/api/v1/imports/planning-groups", "text/csv",
                good.getBytes(StandardCharsets.UTF_8)), 200).json();
        assertEquals(2, first.getInteger("created"));
        JsonObject again = expect(planner.postRaw("/api/v1/imports/planning-groups", "text/csv",
                good.getBytes(StandardCharsets.UTF_8)), 200).json();
        assertEquals(List.of(0, 2), List.of(again.getInteger("created"), again.getInteger("updated")), "a second run changes nothing new");
        assertEquals(List.of(Fixtures.COMMUNE, Fixtures.OTHER_COMMUNE), expect(planner.get("/api/v1/planning-groups/HUYEN-CU-040"),
                200).json().getJsonArray("member_codes").getList());
        JsonObject smaller = group("HUYEN-CU-040", "Thành phố Cao Bằng (cũ)", Fixtures.COMMUNE);
        smaller.remove("code");
        assertEquals(List.of(Fixtures.COMMUNE), expect(planner.put("/api/v1/planning-groups/HUYEN-CU-040", smaller), 200).json()
                .getJsonArray("member_codes").getList(), "replacing the members");
        expect(planner.delete("/api/v1/planning-groups/VUNG-CAO"), 204);
        assertEquals(1, expect(planner.get("/api/v1/planning-groups"), 200).items().size());
    }
}
