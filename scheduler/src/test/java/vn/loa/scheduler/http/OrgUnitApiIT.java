package vn.loa.scheduler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.ErrorShape.assertError;
import static vn.loa.scheduler.testing.Fixtures.expect;
import static vn.loa.scheduler.testing.Fixtures.unit;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.TestScheduler;

class OrgUnitApiIT {

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.create();
    private Api api;

    @BeforeEach
    void start() {
        api = scheduler.admin();
    }

    @Test
    void treeWithDistrictsRoundTrips() {
        Fixtures.createTree(api);
        JsonObject commune = expect(api.get("/api/v1/org-units/01273"), 200).json();
        assertEquals("Phường Hợp Giang", commune.getString("name"));
        assertEquals("040", commune.getString("parent_code"));
        assertEquals(2, expect(api.get("/api/v1/org-units?parent=040"), 200).items().size());
        assertEquals(1, expect(api.get("/api/v1/org-units?level=district"), 200).items().size());
    }

    @Test
    void treeWithoutDistrictsAsSince2025IsAccepted() {
        expect(api.post("/api/v1/org-units", unit("04", "Tỉnh Cao Bằng", "Tỉnh", "province", null)), 201);
        JsonObject created = expect(api.post("/api/v1/org-units",
                unit("11111", "Phường Thục Phán", "Phường", "commune", "04")), 201).json();
        assertEquals("04", created.getString("parent_code"));
    }

    @Test
    void communeMovesFromItsDistrictToTheProvinceAndIsRenamed() {
        Fixtures.createTree(api);
        JsonObject moved = expect(api.put("/api/v1/org-units/01273",
                new JsonObject().put("name", "Phường Thục Phán").put("type", "Phường").put("parent_code", "04")), 200).json();
        assertEquals("04", moved.getString("parent_code"));
        assertEquals("Phường Thục Phán", expect(api.get("/api/v1/org-units/01273"), 200).json().getString("name"));
    }

    @Test
    void updateWithoutParentKeepsTheParent() {
        Fixtures.createTree(api);
        expect(api.put("/api/v1/org-units/040", new JsonObject().put("name", "TP Cao Bằng")), 200);
        assertEquals("04", expect(api.get("/api/v1/org-units/040"), 200).json().getString("parent_code"));
    }

    @Test
    void deletingAUnitWithChildrenIsRefusedAndAnEmptyOneIsDeleted() {
        Fixtures.createTree(api);
        JsonObject error = assertError(api.delete("/api/v1/org-units/040"), 409, "unit_in_use");
        assertTrue(error.getString("message").contains("đơn vị trực thuộc"));
        expect(api.delete("/api/v1/org-units/01279"), 204);
        assertError(api.get("/api/v1/org-units/01279"), 404, "not_found");
    }

    @Test
    void duplicateCodeIsAConflict() {
        Fixtures.createTree(api);
        assertError(api.post("/api/v1/org-units", unit("04", "Tỉnh khác", "Tỉnh", "province", null)), 409, "duplicate_code");
    }

    @Test
    void districtUnderADistrictIsRefusedAndNotWritten() {
        Fixtures.createTree(api);
        JsonObject error = assertError(api.post("/api/v1/org-units",
                unit("041", "Huyện Bảo Lâm", "Huyện", "district", "040")), 400, "invalid_input");
        assertTrue(error.getString("message").contains("không thể trực thuộc"), error.getString("message"));
        assertError(api.get("/api/v1/org-units/041"), 404, "not_found");
    }
}
