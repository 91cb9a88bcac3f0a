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
import java.time.LocalDate;
import java.util.function.Function;
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

    /**
     * Airs the station's program on the {@code day}-th day after today with the agent listening through {@code capture};
     * the record as the log shows it.
     */
    private JsonObject airWith(AiringStation station, Identity identity, int day, Function<Path, String> capture)
            throws Exception {
        Path rendition;
        try (Agent fetching = bench.agent(identity, QUOTA)) {
            fetching.syncOnce();
        }
        try (Stream<Path> files = Files.list(bench.agentData.resolve("cache"))) {
            rendition = files.filter(f -> f.getFileName().toString().equals(station.sha256(0) + ".mp3")).findFirst().orElseThrow();
        }
        LocalDate date = AiringStation.TODAY.plusDays(day);
        try (Agent agent = bench.agent(identity, QUOTA, capture.apply(rendition))) {
            Item item = unhandled(bench.agentData).stream()
                    .filter(i -> LocalDate.ofInstant(i.plannedStart(), AiringStation.ZONE).equals(date)).findFirst().orElseThrow();
            bench.clock.jumpTo(item.plannedStart().minusSeconds(2));
            agent.start();
            waitUntil("the airing is recorded", 60, () -> outcomes(bench.agentData).size() == day + 1);
            agent.syncOnce();
        }
        return Fixtures.expect(bench.scheduler.admin().get("/api/v1/reports/as-run?station_id=" + station.station + "&from="
                + date + "&to=" + date), 200).items().getJsonObject(0);
    }

    @Test
    void aProgramHeardThroughARoomIsMatchedAndSilenceHeardWhereItWasRenderedIsNotAndIsFlagged() throws Exception {
        AiringStation station = new AiringStation(bench.scheduler.admin(), 1, 9.0, 71);
        Identity identity = station.enrol(bench.agentData);
        JsonObject heard = airWith(station, identity, 0, rendition -> "command:" + ffmpeg + " -v error -nostdin -re -i " + rendition
                + " -f lavfi -i anoisesrc=color=pink:amplitude=0.03:seed=7 -filter_complex"
                + " [0:a]volume=-9dB,highpass=f=300,lowpass=f=3400,aecho=0.8:0.6:40:0.3[a];[a][1:a]amix=inputs=2:duration=first"
                + " -ac 1 -ar 5512 -f s16le -");
        assertTrue(AiringStation.outbox(bench.agentData).get(0).has("heard_print"), "the record carries what was heard");
        assertEquals("played", heard.getString("outcome"), heard.encode());
        assertEquals("heard_matched", heard.getString("evidence"), "the loudspeaker's sound, heard in a room, is the program");
        assertNull(heard.getString("level_flag"));

        JsonObject silent = airWith(station, identity, 1, rendition -> "command:" + ffmpeg
                + " -v error -nostdin -re -f lavfi -i anullsrc=r=5512:cl=mono -ac 1 -ar 5512 -f s16le -");
        assertEquals("played", silent.getString("outcome"), "the agent played it the next day: " + silent.encode());
        assertEquals("heard_not_matched", silent.getString("evidence"), "but nothing came out of the loudspeakers");
        assertEquals("aired_silence", silent.getString("level_flag"));
        JsonObject report = Fixtures.expect(bench.scheduler.admin().get("/api/v1/reports/monitoring?unit=" + Fixtures.DISTRICT
                + "&from=" + AiringStation.TODAY + "&to=" + AiringStation.TODAY.plusDays(1)), 200).json();
        JsonObject listed = report.getJsonArray("sound_mismatches").getJsonObject(0);
        assertEquals(1, listed.getInteger("heard_mismatches"), listed.encode());
        assertEquals(1, listed.getInteger("aired_silence"));
        assertEquals(1, report.getJsonArray("campaigns").getJsonObject(0).getInteger("sound_matched"),
                "one of the campaign's two airings is proved by what was heard");
    }
}
