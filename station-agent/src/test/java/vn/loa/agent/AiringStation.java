package vn.loa.agent;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import vn.loa.agent.store.Item;
import vn.loa.media.TestAudio;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Eventually;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.Programs;

/**
 * A station with the usual windows (06:00–06:30 every day) and a published campaign over the real API:
 * the starting point of the agent's integration tests. Tests run the scheduler and the agent on one
 * {@link vn.loa.agent.time.SimulatedClock} that starts just before today's 06:00 window.
 */
final class AiringStation {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /**
     * "Today", station time: a Saturday, so the station has only its 06:00 window (17:00 is weekdays) and
     * every airing of the day is in the morning. The clock starts at 05:00 of it so all of them lie ahead.
     * A fixed day, never the wall clock's: on a weekday the morning held only part of the day's airings.
     */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    final Api admin;
    final long station;
    final List<JsonObject> programs = new ArrayList<>();

    static Instant today(int hour, int minute, int second) {
        return TODAY.atTime(LocalTime.of(hour, minute, second)).atZone(ZONE).toInstant();
    }

    /** Publishes {@code perDay} airings per day of each of the programs (seeds; audio of about 4 s). */
    AiringStation(Api admin, int perDay, int... seeds) {
        this(admin, perDay, 4, seeds);
    }

    /** The same with programs of about {@code seconds} each. */
    AiringStation(Api admin, int perDay, double seconds, int... seeds) {
        this.admin = admin;
        Fixtures.createTree(admin);
        station = Fixtures.expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201)
                .json().getLong("id");
        JsonArray ids = new JsonArray();
        for (int seed : seeds) {
            JsonObject p = approved(admin, "Bản tin nông thôn số " + seed, seconds, seed);
            programs.add(p);
            ids.add(p.getLong("id"));
        }
        long campaign = Fixtures.expect(admin.post("/api/v1/campaigns", new JsonObject().put("name", "Tuyên truyền phòng chống bão")
                .put("owner_unit_code", Fixtures.DISTRICT).put("period_start", TODAY.minusDays(1).toString())
                .put("period_end", TODAY.plusDays(30).toString())
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", perDay))
                .put("target_units", new JsonArray().add(Fixtures.DISTRICT))
                .put("program_ids", ids)), 201).json().getLong("id");
        Fixtures.expect(admin.post("/api/v1/campaigns/" + campaign + "/publish", new JsonObject()), 200);
    }

    static JsonObject approved(Api admin, String title, double seconds, int seed) {
        long id = Programs.await(admin, Programs.upload(admin, Fixtures.DISTRICT, title,
                TestAudio.mp3(seconds, seed)).getLong("id")).getLong("id");
        return Fixtures.expect(admin.post("/api/v1/programs/" + id + "/approve", new JsonObject()), 200).json();
    }

    String sha256(int program) {
        return programs.get(program).getJsonObject("rendition").getString("sha256");
    }

    Identity enrol(Path agentData) throws Exception {
        return enrol(admin, station, agentData);
    }

    /** Issues an enrolment code for the station and enrols the agent of {@code agentData} with it. */
    static Identity enrol(Api admin, long station, Path agentData) throws Exception {
        String code = Fixtures.expect(admin.post("/api/v1/stations/" + station + "/enrolment-codes", new JsonObject()), 201)
                .json().getString("code");
        return Main.enroll(URI.create(admin.baseUrl()), code, agentData);
    }

    static void waitUntil(String what, long seconds, BooleanSupplier condition) {
        Eventually.until(what, Duration.ofSeconds(seconds), Duration.ofMillis(50), condition);
    }

    /** The agent's outbox, read through its own connection (the agent may be running). */
    static List<JsonNode> outbox(Path agentData) {
        try (AgentStore store = AgentStore.open(agentData)) {
            List<JsonNode> records = new ArrayList<>();
            for (String json : store.outbox().since(Instant.EPOCH)) {
                records.add(new ObjectMapper().readTree(json));
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> outcomes(Path agentData) {
        return outbox(agentData).stream().map(r -> r.path("outcome").asText()).toList();
    }

    static List<Item> unhandled(Path agentData) {
        try (AgentStore store = AgentStore.open(agentData)) {
            return store.schedule().unhandled();
        }
    }
}
