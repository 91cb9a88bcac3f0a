package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.agent.AiringStation.outbox;
import static vn.loa.agent.AiringStation.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.agent.playout.FileSink;
import vn.loa.media.FfmpegLocator;
import vn.loa.media.LiveStream;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;

/**
 * Relays aired live by real agents from a real stream on loopback, in real time (rate 1), three stations at
 * once so the three cases cost one slot's two minutes: the stream plays throughout (heard from the instant,
 * about two minutes of it in the file sink, played); the stream is cut for 20 s mid-slot (reconnected, one
 * drop-out, partial); the stream is down (the fallback program airs, the record says so).
 */
class RelayIT {

    private static final Instant SLOT = AiringStation.today(6, 2, 0);
    private static final int SLOT_MINUTES = 2;

    @RegisterExtension
    final AgentBench bench = AgentBench.atRate(1);

    @Test
    void aRelayAirsOnTimeReconnectsAfterADropAndFallsBackWhenTheStreamIsDown() throws Exception {
        Api admin = bench.scheduler.admin();
        AiringStation steady = new AiringStation(admin, 1, 91);
        Fixtures.expect(admin.post("/api/v1/org-units", Fixtures.unit("01276", "Phường Sông Hiến", "Phường", "commune",
                Fixtures.DISTRICT)), 201);
        long cutStation = station(admin, "CB-01279", Fixtures.OTHER_COMMUNE);
        long downStation = station(admin, "CB-01276", "01276");
        long fallback = AiringStation.approved(admin, "Ca nhạc dự phòng: Về quê", 6, 92).getLong("id");
        try (LiveStream live = LiveStream.start(FfmpegLocator.locate(null, bench.agentData.resolve("ffmpeg")), "vov1.mp3");
             LiveStream flaky = LiveStream.start(FfmpegLocator.locate(null, bench.agentData.resolve("ffmpeg")), "vtv.mp3");
             ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String nowhere = "http://127.0.0.1:" + closed.getLocalPort() + "/caobang.mp3";
            closed.close();
            relay(admin, steady.station, source(admin, "Tiếp âm VOV1", live.url("vov1.mp3"), null));
            relay(admin, cutStation, source(admin, "Tiếp âm Đài tỉnh", flaky.url("vtv.mp3"), null));
            relay(admin, downStation, source(admin, "Tiếp âm Đài huyện", nowhere, fallback));

            Path cutData = Files.createDirectory(bench.agentData.resolveSibling("agent-cut"));
            Path downData = Files.createDirectory(bench.agentData.resolveSibling("agent-down"));
            Path cutAir = Files.createDirectory(bench.air.resolveSibling("air-cut"));
            Path downAir = Files.createDirectory(bench.air.resolveSibling("air-down"));
            try (Agent one = bench.agent(steady.enrol(bench.agentData), 1L << 30);
                 Agent two = agent(AiringStation.enrol(admin, cutStation, cutData), cutData, cutAir);
                 Agent three = agent(AiringStation.enrol(admin, downStation, downData), downData, downAir)) {
                for (Agent a : List.of(one, two, three)) {
                    a.syncOnce();
                    a.syncOnce(); // the heartbeat goes first: the second one knows the relays the first sync brought
                }
                // before the relay, the station's page says whether its PC reaches the stream
                String reachable = Fixtures.expect(admin.get("/api/v1/stations/" + steady.station), 200).json()
                        .getJsonObject("agent").getString("relay_state");
                assertEquals("Tiếp âm VOV1: nghe được / reachable", reachable);
                String unreachable = Fixtures.expect(admin.get("/api/v1/stations/" + downStation), 200).json()
                        .getJsonObject("agent").getString("relay_state");
                assertTrue(unreachable.startsWith("Tiếp âm Đài huyện: không kết nối được"), unreachable);
                bench.clock.jumpTo(SLOT.minusSeconds(8));
                for (Agent a : List.of(one, two, three)) {
                    a.start();
                }
                bench.clock.sleepUntil(SLOT.plusSeconds(50), () -> false);
                flaky.cut(Duration.ofSeconds(20));
                long wait = SLOT_MINUTES * 60 + 60;
                waitUntil("three relay records", wait, () -> relayRecord(bench.agentData).isPresent()
                        && relayRecord(cutData).isPresent() && relayRecord(downData).isPresent());

                JsonNode played = relayRecord(bench.agentData).orElseThrow();
                assertEquals("played", played.path("outcome").asText(), played.toString());
                long error = Duration.between(SLOT, Instant.parse(played.path("actual_start").asText())).toMillis();
                assertTrue(error >= 0 && error <= 50, "start error " + error + " ms: " + played);
                assertEquals(0, played.path("dropouts").asInt(), played.toString());
                double heard = wavSeconds(bench.air);
                assertTrue(heard > SLOT_MINUTES * 60 - 3 && heard < SLOT_MINUTES * 60 + 2, "the file sink heard " + heard + " s");

                JsonNode partial = relayRecord(cutData).orElseThrow();
                assertEquals("partial", partial.path("outcome").asText(), partial.toString());
                assertEquals(1, partial.path("dropouts").asInt(), partial.toString());
                double gap = partial.path("dropout_seconds").asDouble();
                assertTrue(gap >= 19 && gap <= 26, "a 20 s cut, reconnected: " + partial);
                assertTrue(partial.path("reason").asText().contains("bị ngắt 1 lần"), partial.toString());
                assertTrue(partial.path("relay_fallback").isMissingNode(), "reconnected before any fallback: " + partial);
                double cutHeard = wavSeconds(cutAir);
                // a reconnection is probed and decoded in a burst: the file may hold a few seconds more than the wall clock
                assertTrue(cutHeard > SLOT_MINUTES * 60 - gap - 4 && cutHeard < SLOT_MINUTES * 60 - gap + 5,
                        "the file sink heard " + cutHeard + " s around a " + gap + " s drop-out");

                JsonNode failed = relayRecord(downData).orElseThrow();
                assertEquals("failed", failed.path("outcome").asText(), failed.toString());
                assertEquals("program", failed.path("relay_fallback").asText(), failed.toString());
                assertTrue(failed.path("reason").asText().contains("chương trình dự phòng"), failed.toString());
                try (Stream<Path> files = Files.list(downAir)) {
                    assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith("-program-" + fallback + ".mp3")),
                            "the fallback program aired in the stream's place");
                }

                waitUntil("the records reach the server", 30, () -> {
                    try {
                        one.syncOnce();
                    } catch (Exception e) {
                        return false;
                    }
                    return bench.scheduler.store().read(r -> r.agentReports().asRunOf(steady.station)).stream()
                            .anyMatch(a -> a.relay() != null);
                });
                AsRunRecord kept = bench.scheduler.store().read(r -> r.agentReports().asRunOf(steady.station)).stream()
                        .filter(a -> a.relay() != null).findFirst().orElseThrow();
                assertEquals("played", kept.outcome());
                assertEquals(null, kept.programId(), "a relay is no program's airing");
            }
        }
    }

    private static long station(Api admin, String code, String commune) {
        return Fixtures.expect(admin.post("/api/v1/stations", Fixtures.station(code, commune)), 201).json().getLong("id");
    }

    private static long source(Api admin, String name, String url, Long fallback) {
        return Fixtures.expect(admin.post("/api/v1/relay-sources", new JsonObject().put("owner_code", Fixtures.DISTRICT)
                .put("name", name).put("url", url).put("check_stream", false).put("fallback_program_id", fallback)), 201)
                .json().getLong("id");
    }

    private static void relay(Api admin, long station, long source) {
        Fixtures.expect(admin.post("/api/v1/relay-slots", new JsonObject().put("source_id", source).put("station_id", station)
                .put("weekdays", new JsonArray().add("SAT")).put("start", "06:02").put("duration_minutes", SLOT_MINUTES)
                .put("first_day", AiringStation.TODAY.toString())), 201);
    }

    private Agent agent(Identity identity, Path data, Path air) {
        return new Agent(AgentConfig.defaults(data).withCacheBytes(1L << 30), identity, c -> new FileSink(air, c), bench.clock);
    }

    private static Optional<JsonNode> relayRecord(Path agentData) {
        return outbox(agentData).stream().filter(r -> r.has("relay_id")).findFirst();
    }

    /** The seconds of audio in the relay's WAV file, from its header (written when the relay ended). */
    private static double wavSeconds(Path air) throws IOException {
        try (Stream<Path> files = Files.list(air)) {
            Path wav = files.filter(f -> f.getFileName().toString().endsWith(".wav")).findFirst().orElseThrow();
            try (RandomAccessFile file = new RandomAccessFile(wav.toFile(), "r")) {
                byte[] header = new byte[44];
                file.readFully(header);
                return ByteBuffer.wrap(header, 40, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() / 88_200.0;
            }
        }
    }
}
