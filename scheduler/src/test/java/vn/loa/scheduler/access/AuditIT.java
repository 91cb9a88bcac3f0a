package vn.loa.scheduler.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.TestScheduler;

import vn.loa.scheduler.domain.access.Role;
class AuditIT {

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.create();

    @Test
    void changesAreLoggedWithWhoWhatBeforeAndAfterAndSupervisorsSeeOnlyTheirScope() {
        Api admin = scheduler.admin();
        Fixtures.createTree(admin);
        expect(admin.post("/api/v1/org-units", Fixtures.unit("042", "Huyện Bảo Lâm", "Huyện", "district", "04")), 201);
        expect(admin.post("/api/v1/org-units", Fixtures.unit("01290", "Thị trấn Pác Miầu", "Thị trấn", "commune", "042")), 201);
        long id = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json().getLong("id");
        expect(admin.put("/api/v1/stations/" + id, Fixtures.station("CB-01273", Fixtures.COMMUNE)
                .put("name", "Đài truyền thanh phường Hợp Giang (mới)")), 200);
        expect(admin.post("/api/v1/stations", Fixtures.station("CB-01290", "01290")), 201);

        JsonArray all = expect(admin.get("/api/v1/audit"), 200).items();
        JsonObject update = all.stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("action").equals("station.update")).findFirst().orElseThrow();
        assertEquals("quantri", update.getString("actor_name"));
        assertEquals("127.0.0.1", update.getString("remote_address"));
        JsonObject summary = new JsonObject(update.getString("summary"));
        assertEquals("Đài truyền thanh phường Hợp Giang", summary.getJsonObject("before").getString("name"));
        assertEquals("Đài truyền thanh phường Hợp Giang (mới)", summary.getJsonObject("after").getString("name"));

        Api supervisor = scheduler.as("giamsat.040", Role.SUPERVISOR, "040");
        JsonArray scoped = expect(supervisor.get("/api/v1/audit"), 200).items();
        assertTrue(scoped.size() > 0);
        for (Object e : scoped) {
            String unit = ((JsonObject) e).getString("org_unit_code");
            assertTrue(unit.equals("040") || unit.startsWith("012"), "outside the district: " + e);
        }
        assertTrue(all.size() > scoped.size());
    }

    @Test
    void pagesGoBackInTimeWithoutRepeats() {
        Api admin = scheduler.admin();
        Fixtures.createTree(admin);
        JsonObject first = expect(admin.get("/api/v1/audit?limit=2"), 200).json();
        assertEquals(2, first.getJsonArray("items").size());
        long before = first.getLong("next_before_id");
        JsonArray second = expect(admin.get("/api/v1/audit?limit=2&before_id=" + before), 200).items();
        assertTrue(second.getJsonObject(0).getLong("id") < before);
    }

    @Test
    void theLogCannotBeChangedOrDeletedEvenInTheDatabase() throws SQLException {
        Fixtures.createTree(scheduler.admin());
        try (Connection c = TestScheduler.connectDirectly(scheduler.dataDir())) {
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("UPDATE audit_log SET actor_name = 'ai đó'"));
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("DELETE FROM audit_log"));
        }
    }
}
