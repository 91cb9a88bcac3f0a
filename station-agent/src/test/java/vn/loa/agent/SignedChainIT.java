package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.agent.AiringStation.outcomes;
import static vn.loa.agent.AiringStation.unhandled;
import static vn.loa.agent.AiringStation.waitUntil;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.agent.store.Item;
import vn.loa.scheduler.cli.VerifyLogCommand;
import vn.loa.scheduler.testing.TestPostgres;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.Fixtures;

/**
 * The real agent's records signed and chained (issue 20): its airing reaches the server signed with the key it made
 * at enrolment, carrying the fingerprint of what it rendered, which matches the program ("rendered and matched"); a
 * record taken out of its outbox before upload shows on the station's page as a gap in the chain;
 * the export checked offline by {@code verify-log} names the gap and, once a record is changed in the server's
 * database, that record.
 */
class SignedChainIT {

    private static final long QUOTA = 512L * 1024 * 1024;

    @RegisterExtension
    final AgentBench bench = AgentBench.atRate(4);

    private JsonObject chain(AiringStation station) {
        JsonObject chains = Fixtures.expect(bench.scheduler.admin().get("/api/v1/stations/" + station.station + "/chains"), 200)
                .json();
        assertEquals(1, chains.getJsonArray("chains").size(), chains.encode());
        return chains.getJsonArray("chains").getJsonObject(0).put("unsigned", chains.getInteger("unsigned"));
    }

    private String verifyLog(AiringStation station) throws Exception {
        Path file = bench.agentData.resolveSibling("nhat-ky.jsonl");
        Files.writeString(file, Fixtures.expect(bench.scheduler.admin().get("/api/v1/reports/signed-log?station_id="
                + station.station + "&from=" + AiringStation.TODAY + "&to=" + AiringStation.TODAY), 200).text());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new VerifyLogCommand(new PrintStream(out, true, StandardCharsets.UTF_8)).run(file);
        return exit + " " + out.toString(StandardCharsets.UTF_8);
    }

    /** A record as the agent writes one for an airing in the morning, {@code minute} after 06:00. */
    private static String airing(long sequence, int minute) {
        Instant start = AiringStation.today(6, minute, 0);
        return new JsonObject().put("sequence", sequence).put("outcome", "played").put("planned_start", start.toString())
                .put("actual_start", start.toString()).put("actual_end", start.plusSeconds(60).toString())
                .put("seconds_played", 60.0).encode();
    }

    @Test
    void theAgentsRecordsAreSignedAndARecordTakenFromItsUploadIsAGapThatVerifyLogNames() throws Exception {
        AiringStation station = new AiringStation(bench.scheduler.admin(), 1, 91);
        Identity identity = station.enrol(bench.agentData);
        assertTrue(Files.exists(bench.agentData.resolve(SigningKey.FILE)), "the PC made its key at enrolment");
        try (Agent agent = bench.agent(identity, QUOTA)) {
            agent.syncOnce();
            Item first = unhandled(bench.agentData).get(0);
            bench.clock.jumpTo(first.plannedStart().minusSeconds(3));
            agent.start();
            waitUntil("the airing is recorded", 30, () -> outcomes(bench.agentData).size() == 1);
            agent.syncOnce();
        }
        double rendered = AiringStation.outbox(bench.agentData).get(0).path("rendered_level_db").asDouble(0);
        assertTrue(rendered < -10 && rendered > -30, "the level of what it rendered, a levelled rendition: " + rendered);
        JsonObject aired = chain(station);
        assertEquals(1, aired.getInteger("records"), aired.encode());
        assertEquals(0, aired.getInteger("unsigned"), "the airing reached the server signed");
        assertTrue(aired.getBoolean("intact"));
        JsonObject logged = Fixtures.expect(bench.scheduler.admin().get("/api/v1/reports/as-run?station_id=" + station.station
                + "&from=" + AiringStation.TODAY + "&to=" + AiringStation.TODAY), 200).items().getJsonObject(0);
        assertEquals("rendered_matched", logged.getString("evidence"),
                "the fingerprint of what the agent rendered matches the program's reference: " + logged.encode());
        JsonObject compliance = Fixtures.expect(bench.scheduler.admin().get("/api/v1/reports/compliance?campaign_id="
                + logged.getLong("campaign_id") + "&from=" + AiringStation.TODAY + "&to=" + AiringStation.TODAY), 200).json();
        assertEquals(1, compliance.getInteger("sound_matched"), compliance.encode());
        assertEquals(1.0, compliance.getJsonArray("stations").getJsonObject(0).getDouble("sound_share"),
                "the campaign's airing at the station is proved by its sound");

        try (AgentStore store = AgentStore.open(bench.agentData)) {
            for (int s = 0; s < 3; s++) {
                int minute = 10 + s;
                store.outbox().record(0, sequence -> airing(sequence, minute), bench.clock.instant());
            }
        }
        try (Connection outbox = DriverManager.getConnection("jdbc:sqlite:" + bench.agentData.resolve("agent.db"))) {
            assertEquals(1, outbox.createStatement().executeUpdate("DELETE FROM outbox WHERE sequence = 3"));
        }
        try (Agent agent = bench.agent(identity, QUOTA)) {
            agent.syncOnce();
        }
        JsonObject gap = chain(station);
        assertEquals(3, gap.getInteger("records"), gap.encode());
        assertEquals("thiếu bản ghi số 3", gap.getJsonArray("breaks").getJsonObject(0).getString("message"));
        String verdict = verifyLog(station);
        assertTrue(verdict.startsWith("1 HỎNG") && verdict.contains("thiếu bản ghi số 3"), verdict);

        try (Connection db = TestScheduler.connectDirectly(bench.scheduler.dataDir())) {
            db.createStatement().executeUpdate("DROP TRIGGER as_run_sealed_no_update"
                    + (TestPostgres.inUse() ? " ON as_run_record" : ""));
            db.createStatement().executeUpdate("UPDATE as_run_record SET seconds_played = 1 WHERE sequence = 1");
        }
        verdict = verifyLog(station);
        assertTrue(verdict.contains("chữ ký của bản ghi số 1 không khớp"), "the changed airing is the first bad record: " + verdict);
    }
}
