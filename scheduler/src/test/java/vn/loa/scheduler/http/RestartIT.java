package vn.loa.scheduler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.TestScheduler;

class RestartIT {

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.create();

    @Test
    void dataAndSessionsSurviveARestartOfTheServer() {
        Api admin = scheduler.admin();
        Fixtures.createTree(admin);
        JsonObject created = expect(admin.post("/api/v1/stations",
                Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json();

        scheduler.restart();

        JsonObject after = expect(admin.get("/api/v1/stations/" + created.getLong("id")), 200).json();
        after.remove("as_run");
        assertEquals(created, after);
        assertEquals("Phường Hợp Giang", expect(scheduler.admin().get("/api/v1/org-units/01273"), 200).json().getString("name"));
    }
}
