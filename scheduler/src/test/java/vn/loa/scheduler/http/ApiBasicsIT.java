package vn.loa.scheduler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.ErrorShape.assertError;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.Version;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.TestScheduler;

class ApiBasicsIT {

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.create();
    private Api api;

    @BeforeEach
    void start() {
        api = scheduler.api();
    }

    @Test
    void healthReportsStoreDiskAndVersion() {
        JsonObject health = expect(api.get("/health"), 200).json();
        assertEquals("ok", health.getString("status"));
        assertTrue(health.getJsonObject("store").getBoolean("reachable"));
        assertTrue(health.getJsonObject("disk").getLong("free_bytes") > 0);
        assertEquals(Version.current(), health.getString("version"));
    }

    @Test
    void theContractIsServedAsYaml() {
        Api.Reply reply = expect(api.get("/api/openapi.yaml"), 200);
        assertTrue(reply.text().startsWith("openapi: 3.1"), reply.text());
        assertTrue(reply.text().contains("operationId: createStation"));
    }

    @Test
    void unknownRouteAndWrongMethodUseTheErrorShape() {
        assertError(api.get("/api/v1/đài"), 404, "no_such_route");
        assertError(api.send("PATCH", "/api/v1/stations/1", "application/json", "{}"), 405, "method_not_allowed");
    }

    @Test
    void jsonBodyWithoutContentTypeIsRefused() {
        assertError(scheduler.admin().send("POST", "/api/v1/org-units", "text/plain", "{}"), 415, "unsupported_media_type");
    }

    @Test
    void oversizedBodyIsRefusedBeforeItIsRead() {
        String big = "{\"name\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        assertError(scheduler.admin().send("POST", "/api/v1/org-units", "application/json", big), 413, "body_too_large");
        assertError(api.send("POST", "/api/v1/org-units", "application/json", big), 401, "unauthenticated");
    }

    @Test
    void theConsolePageIsServedInVietnamese() {
        Api.Reply page = expect(api.get("/"), 200);
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.text().contains("lang=\"vi\""));
        assertTrue(page.text().contains("<title>Loa — truyền thanh cơ sở</title>"), page.text());
        Api.Reply script = expect(api.get("/js/app.js"), 200);
        assertTrue(script.contentType().startsWith("text/javascript"), script.contentType());
        assertTrue(script.text().contains("Lập lịch phát thanh cho đài truyền thanh cấp xã"), "UTF-8 intact");
        // every script the shell loads is served: a WebJar bumped in the pom but not in index.html fails here
        Matcher src = Pattern.compile("src=\"([^\"]+)\"").matcher(page.text());
        int scripts = 0;
        while (src.find()) {
            expect(api.get(src.group(1)), 200);
            scripts++;
        }
        assertTrue(scripts >= 2, "the shell loads Chart.js and the console: " + page.text());
    }

    @Test
    void theConsoleIsServedUnderItsContentHashCachedForAYearAndThePageThatNamesItNever() {
        Api.Reply page = expect(api.get("/"), 200);
        assertEquals("no-cache", page.header("Cache-Control"), "after an upgrade the next load gets the new page");
        Matcher app = Pattern.compile("src=\"(/v/[0-9a-f]{12}/js/app\\.js)\"").matcher(page.text());
        assertTrue(app.find(), "the console's first module is named by its content hash: " + page.text());
        String base = app.group(1).substring(0, app.group(1).length() - "js/app.js".length());
        assertTrue(page.text().contains("href=\"" + base + "console.css\""), page.text());
        Api.Reply script = expect(api.get(app.group(1)), 200);
        assertTrue(script.header("Cache-Control").contains("max-age=31536000"), script.header("Cache-Control"));
        assertTrue(script.text().contains("import { api"), "the module itself, whose relative imports stay under " + base);
        Api.Reply imported = expect(api.get(base + "js/api.js"), 200);
        assertTrue(imported.header("Cache-Control").contains("immutable"), imported.header("Cache-Control"));
        String plain = expect(api.get("/public/portal.css"), 200).header("Cache-Control");
        assertTrue(plain == null || !plain.contains("max-age=31536000"),
                "files named without a version are not cached for a year");
        assertEquals(404, api.get(base + "js/../../../../etc/passwd").status());
    }
}
