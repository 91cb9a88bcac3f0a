package vn.loa.scheduler.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Eventually;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * The request log an operator reads in the journal: a line per request with method, path, status, time and
 * the kind of caller, and never a password, a token, a cookie or a query string.
 */
class RequestLogIT {

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.create();

    private final Logger log = (Logger) LoggerFactory.getLogger("loa.request");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level before;

    @BeforeEach
    void listen() {
        before = log.getLevel();
        log.setLevel(Level.INFO);
        lines.start();
        log.addAppender(lines);
    }

    @AfterEach
    void stop() {
        log.detachAppender(lines);
        log.setLevel(before);
    }

    @Test
    void eachRequestIsOneLineWithWhoCalledAndNoSecrets() {
        Api admin = scheduler.admin();
        admin.get("/api/v1/org-units?parent=01");
        scheduler.api().withToken("not-a-real-token-123456").get("/api/v1/stations/1/schedule");
        scheduler.api().post("/api/v1/session", new JsonObject().put("username", "quantri").put("password", "sai-mat-khau-99"));

        // a line is written once the answer has left: the client may read the answer a moment before
        Eventually.until("three requests logged", Duration.ofSeconds(5), Duration.ofMillis(20), () -> lines.list.size() >= 4);
        List<String> text = List.copyOf(lines.list).stream().map(ILoggingEvent::getFormattedMessage).toList();
        String all = String.join("\n", text);
        assertTrue(text.stream().anyMatch(l -> l.matches("GET /api/v1/org-units 200 \\d+ ms user #\\d+ admin")), all);
        assertTrue(text.stream().anyMatch(l -> l.matches("GET /api/v1/stations/1/schedule 401 \\d+ ms anonymous")), all);
        assertTrue(text.stream().anyMatch(l -> l.matches("POST /api/v1/session 401 \\d+ ms anonymous")), all);
        for (String secret : List.of(TestUsers.PASSWORD, "sai-mat-khau-99", "not-a-real-token-123456", "parent=",
                admin.sessionCookieValue())) {
            assertFalse(all.contains(secret), "the log holds no " + secret + ":\n" + all);
        }
    }
}
