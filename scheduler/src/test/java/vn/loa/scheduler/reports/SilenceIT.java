package vn.loa.scheduler.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.Fixtures.expect;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.MutableClock;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * A station that stops sending heartbeats is marked silent, shows in the silent-station list, and is
 * announced once to the configured webhook, retried until the receiver takes it; coming back is
 * announced too. The receiver is a real HTTP server on loopback that refuses the first delivery.
 */
class SilenceIT {

    private final MutableClock clock = new MutableClock(LocalDate.of(2026, 11, 19).atTime(12, 0)
            .atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger refuse = new AtomicInteger(1);
    private final HttpServer receiver = receiver();

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.with(clock, Map.of("LOA_REPORTS_SILENT_AFTER_HOURS", "2",
            "LOA_REPORTS_WEBHOOK_URL", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/loa-events"));

    private HttpServer receiver() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/loa-events", exchange -> {
                received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(refuse.getAndDecrement() > 0 ? 500 : 204, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aStationThatFallsSilentIsListedAndAnnouncedOnceAndItsReturnToo() {
        Api admin = scheduler.admin();
        Fixtures.createTree(admin);
        long heard = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json()
                .getLong("id");
        expect(admin.post("/api/v1/stations", Fixtures.station("CB-01279", Fixtures.OTHER_COMMUNE)), 201);
        Api agent = enrolled(admin, heard);
        heartbeat(agent, heard);
        SilenceWatch watch = new SilenceWatch(scheduler.store(), Duration.ofHours(2));
        URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/loa-events");
        WebhookSender sender = new WebhookSender(scheduler.store(), url);

        assertEquals(0, watch.check(clock.instant()), "heard a moment ago; the other station was never connected");
        clock.advance(Duration.ofHours(3));
        assertEquals(1, watch.check(clock.instant()), "three hours without a heartbeat");
        assertEquals(0, watch.check(clock.instant()), "marked once");

        JsonArray silent = expect(scheduler.admin().get("/api/v1/reports/silent-stations"), 200).json().getJsonArray("items");
        assertEquals(1, silent.size());
        assertEquals("CB-01273", silent.getJsonObject(0).getString("station_code"));
        assertEquals("Không nhận được tín hiệu từ phần mềm tại đài", silent.getJsonObject(0).getString("reason_vi"));
        assertEquals(0, expect(scheduler.as("giamsat.khac", Role.SUPERVISOR, Fixtures.OTHER_COMMUNE)
                .get("/api/v1/reports/silent-stations"), 200).json().getJsonArray("items").size(), "scoped to the caller");

        assertEquals(0, sender.deliver(clock.instant()), "the receiver refuses the first time");
        assertEquals(0, sender.deliver(clock.instant()), "not retried before its time");
        clock.advance(Duration.ofSeconds(31));
        assertEquals(1, sender.deliver(clock.instant()), "retried and delivered");
        assertEquals(2, received.size());
        assertEquals(received.get(0), received.get(1), "the same event both times");
        JsonObject event = new JsonObject(received.get(1));
        assertEquals("station.silent", event.getString("event"));
        assertEquals("no_heartbeat", event.getString("reason"));
        assertTrue(event.getString("message").startsWith("Đài Đài truyền thanh phường Hợp Giang (CB-01273) im lặng"),
                event.getString("message"));
        assertEquals(0, sender.deliver(clock.instant().plusSeconds(3600)), "delivered events are not sent again");

        heartbeat(agent, heard);
        assertEquals(1, watch.check(clock.instant()), "back");
        assertEquals(0, expect(scheduler.admin().get("/api/v1/reports/silent-stations"), 200).json().getJsonArray("items")
                .size());
        assertEquals(1, sender.deliver(clock.instant()));
        assertEquals("station.back", new JsonObject(received.get(2)).getString("event"));
    }

    @Test
    void aStationThatHeartbeatsButDoesNotAirWhatItHadToAirIsSilentToo() {
        // the campaign is published at 05:00, before the morning window (a re-plan never fills the past)
        Instant noon = clock.instant();
        clock.set(noon.minus(Duration.ofHours(7)));
        Api admin = scheduler.admin();
        Fixtures.createTree(admin);
        long station = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json()
                .getLong("id");
        long program = Programs.approved(admin, Fixtures.DISTRICT, "Bản tin sáng", 5).getLong("id");
        LocalDate today = LocalDate.of(2026, 11, 19);
        long campaign = expect(admin.post("/api/v1/campaigns", new JsonObject().put("name", "Bản tin hằng ngày")
                .put("owner_unit_code", Fixtures.DISTRICT).put("period_start", today.toString())
                .put("period_end", today.plusDays(10).toString())
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 1))
                .put("target_units", new JsonArray().add(Fixtures.DISTRICT))
                .put("program_ids", new JsonArray().add(program))), 201).json().getLong("id");
        expect(admin.post("/api/v1/campaigns/" + campaign + "/publish", new JsonObject()), 200);
        Api agent = enrolled(admin, station);
        clock.set(noon);
        heartbeat(agent, station);
        admin = scheduler.admin();

        // 12:00: this morning's 06:00 airing is within the last eight hours and never came
        assertEquals(1, new SilenceWatch(scheduler.store(), Duration.ofHours(8)).check(clock.instant()));
        JsonObject silent = expect(admin.get("/api/v1/reports/silent-stations"), 200).json().getJsonArray("items")
                .getJsonObject(0);
        assertEquals("no_airing", silent.getString("reason"));
        assertEquals("Có lịch nhưng không phát", silent.getString("reason_vi"));
    }

    private Api enrolled(Api admin, long station) {
        String code = expect(admin.post("/api/v1/stations/" + station + "/enrolment-codes", new JsonObject()), 201).json()
                .getString("code");
        return scheduler.api().withToken(expect(scheduler.api().post("/api/v1/agent/enrol", new JsonObject().put("code", code)),
                200).json().getString("token"));
    }

    private static void heartbeat(Api agent, long station) {
        expect(agent.post("/api/v1/stations/" + station + "/heartbeats", new JsonObject().put("agent_version", "0.1.0")
                .put("clock_offset_ms", 0)), 200);
    }
}
