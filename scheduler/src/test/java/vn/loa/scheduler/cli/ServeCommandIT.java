package vn.loa.scheduler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.ErrorShape;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.JarProcess;

/** {@code serve} from the built jar: the first-admin procedure and a refused configuration. */
class ServeCommandIT {

    private static final Pattern ONE_TIME = Pattern.compile("one-time password: (\\S+)");

    @TempDir
    Path dataDir;

    @Test
    void firstStartPrintsAOneTimeAdminPasswordOnceAndItMustBeChanged() throws Exception {
        String password;
        try (JarProcess serve = JarProcess.start(Map.of(), "serve", "--port", "0", "--data", dataDir.toString())) {
            Api api = new Api(URI.create(serve.awaitUrl(90)).getPort());
            Matcher m = ONE_TIME.matcher(serve.output());
            assertTrue(m.find(), serve.output());
            password = m.group(1);

            Api admin = api.signIn("admin", password);
            assertTrue(Fixtures.expect(admin.get("/api/v1/session"), 200).json().getBoolean("must_change_password"));
            ErrorShape.assertError(admin.get("/api/v1/stations"), 403, "password_change_required");
            Fixtures.expect(admin.put("/api/v1/session/password", new JsonObject().put("current_password", password)
                    .put("new_password", "Đài tỉnh Bắc Kạn phát sóng 2026")), 204);
            Fixtures.expect(admin.get("/api/v1/stations"), 200);
            serve.terminate(30);
        }
        try (JarProcess again = JarProcess.start(Map.of(), "serve", "--port", "0", "--data", dataDir.toString())) {
            again.awaitUrl(90);
            assertFalse(again.output().contains("one-time password"), "printed only on the first start");
            assertFalse(again.output().contains(password));
            again.terminate(30);
        }
    }

    @Test
    void badConfigurationStopsTheStartAndNamesTheKey() throws Exception {
        try (JarProcess serve = JarProcess.start(Map.of("LOA_WORKERS_POOL_SIZE", "nhiều"), "serve", "--data",
                dataDir.toString())) {
            assertEquals(2, serve.awaitExit(60));
            assertTrue(serve.output().contains("workers.pool-size"), serve.output());
        }
    }
}
