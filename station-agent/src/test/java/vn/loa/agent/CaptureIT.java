package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.agent.AiringStation.outcomes;
import static vn.loa.agent.AiringStation.unhandled;
import static vn.loa.agent.AiringStation.waitUntil;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.agent.store.Item;
import vn.loa.media.TestAudio;
import vn.loa.scheduler.testing.Fixtures;

/**
 * The real agent hearing its airings through a capture input (issue 20), in real time: a program that a microphone
 * hears through a room (quieter, telephone-band, an echo, noise) is "heard and matched"; a station whose loudspeakers
 * gave nothing (the capture hears silence) is "heard and NOT matched", flagged as aired silence, and listed by the
 * monitoring report, though its agent rendered the program. Only prints and levels reach the server.
 */
class CaptureIT {

    private static final long QUOTA = 512L * 1024 * 1024;

    @RegisterExtension
    final AgentBench bench = AgentBench.atRate(1);

    private final String ffmpeg = TestAudio.FFMPEG.executable().toString();

    /** Airs the station's one program with the agent listening through {@code capture}; the record as the log shows it. */
    private JsonObject airWith(AiringStation station, Identity identity, java.util.function.Function<Path, String> capture)
            throws Exception {
        Path rendition;
        try (Agent fetching = bench.agent(identity, QUOTA)) {
            fetching.syncOnce();
        }
        try (Stream<Path> files = Files.list(bench.agentData.resolve("cache"))) {
            rendition = files.filter(f -> f.getFileName().toString().startsWith(station.sha256(0) + ".")
                    && !f.getFileName().toString().endsWith(".print") && !f.getFileName().toString().endsWith(".level"))
                    .findFirst().orElseThrow();
        }
        try (Agent agent = bench.agent(identity, QUOTA, capture.apply(rendition))) {
            Item first = unhandled(bench.agentData).get(0);
            bench.clock.jumpTo(first.plannedStart().minusSeconds(3));
            agent.start();
            waitUntil("the airing is recorded", 60, () -> outcomes(bench.agentData).size() == 1);
            agent.syncOnce();
        }
        assertTrue(AiringStation.outbox(bench.agentData).get(0).toString().contains("heard_print"), "the record carries what was heard");
        return Fixtures.expect(bench.scheduler.admin().get("/api/v1/reports/as-run?station_id=" + station.station + "&from="
                + AiringStation.TODAY + "&to=" + AiringStation.TODAY), 200).items().getJsonObject(0);
    }

    @Test
    void aProgramHeardThroughARoomIsHeardAndMatched() throws Exception {
        AiringStation station = new AiringStation(bench.scheduler.admin(), 1, 12.0, 71);
        Identity identity = station.enrol(bench.agentData);
        JsonObject logged = airWith(station, identity, rendition -> "command:" + ffmpeg + " -v error -nostdin -re -i " + rendition
                + " -f lavfi -i anoisesrc=color=pink:amplitude=0.03:seed=7 -filter_complex"
                + " [0:a]volume=-9dB,highpass=f=300,lowpass=f=3400,aecho=0.8:0.6:40:0.3[a];[a][1:a]amix=inputs=2:duration=first"
                + " -ac 1 -ar 5512 -f s16le -");
        assertEquals("played", logged.getString("outcome"), logged.encode());
        assertEquals("heard_matched", logged.getString("evidence"), "the loudspeaker's sound, heard in a room, is the program");
        assertNull(logged.getString("level_flag"));
    }

    @Test
    void silenceHeardWhereTheProgramWasRenderedIsNotMatchedAndFlagged() throws Exception {
        AiringStation station = new AiringStation(bench.scheduler.admin(), 1, 12.0, 72);
        Identity identity = station.enrol(bench.agentData);
        JsonObject logged = airWith(station, identity, rendition -> "command:" + ffmpeg
                + " -v error -nostdin -re -f lavfi -i anullsrc=r=5512:cl=mono -ac 1 -ar 5512 -f s16le -");
        assertEquals("played", logged.getString("outcome"), "the agent played it: " + logged.encode());
        assertEquals("heard_not_matched", logged.getString("evidence"), "but nothing came out of the loudspeakers");
        assertEquals("aired_silence", logged.getString("level_flag"));
        JsonObject report = Fixtures.expect(bench.scheduler.admin().get("/api/v1/reports/monitoring?unit=" + Fixtures.DISTRICT
                + "&from=" + AiringStation.TODAY + "&to=" + AiringStation.TODAY), 200).json();
        JsonObject listed = report.getJsonArray("sound_mismatches").getJsonObject(0);
        assertEquals(1, listed.getInteger("heard_mismatches"), listed.encode());
        assertEquals(1, listed.getInteger("aired_silence"));
    }
}
