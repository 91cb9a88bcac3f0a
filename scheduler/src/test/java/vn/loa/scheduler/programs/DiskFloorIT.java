package vn.loa.scheduler.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.ErrorShape.assertError;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * A disk below the free-space floor takes no new files (507, in Vietnamese, nothing written), while
 * everything that writes little (sign-in, stations, as-run records) goes on and /health says why.
 */
class DiskFloorIT {

    /** A floor no test machine reaches: the disk is "full" for uploads. */
    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withEnvironment(Map.of("LOA_HEALTH_MIN_FREE_DISK_MB",
            String.valueOf(Integer.MAX_VALUE)));

    @Test
    void uploadsAndImportsAreRefusedBelowTheFloorAndTheRestGoesOn() throws Exception {
        Api admin = scheduler.admin();
        Fixtures.createTree(admin);
        JsonObject error = assertError(admin.postMultipart("/api/v1/programs", Map.of("title", "Bản tin tháng Chạp",
                "producing_unit_code", Fixtures.DISTRICT), "ban-tin.wav", new byte[50_000]), 507, "disk_full");
        assertTrue(error.getString("message").contains("dung lượng đĩa"), error.encode());
        assertEquals(Integer.MAX_VALUE * 1_048_576L, error.getJsonObject("details").getLong("min_free_bytes"));
        assertFalse(Files.exists(scheduler.dataDir().resolve("uploads"))
                && Files.list(scheduler.dataDir().resolve("uploads")).findAny().isPresent(), "nothing written");
        assertError(admin.sendBytes("POST", "/api/v1/imports/stations", "text/csv", "code,name\n".getBytes()), 507,
                "disk_full");

        expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201);
        JsonObject health = expect(scheduler.api().get("/health"), 200).json();
        assertEquals("degraded", health.getString("status"));
        assertFalse(health.getJsonObject("disk").getBoolean("ok"));
    }
}
