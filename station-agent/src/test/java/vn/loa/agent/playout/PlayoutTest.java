package vn.loa.agent.playout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.AgentStore;
import vn.loa.agent.cache.MediaCache;
import vn.loa.agent.store.Item;
import vn.loa.agent.time.ClockReading;
import vn.loa.agent.time.SimulatedClock;
import vn.loa.media.ContentStore;
import vn.loa.scheduler.testing.Eventually;

/**
 * The playout loop alone, on a recording sink and a simulated clock (twenty seconds a second), over the
 * agent's real database and cache: the next item cued before the current one ends, an urgent notice
 * cutting into a program, an item whose time passed recorded as missed, and an airing cut by a power
 * cut recorded as interrupted when the agent comes back. Each item leaves exactly one record.
 */
class PlayoutTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tuesday 24 November 2026, 09:00 in Hà Nội. */
    private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");
    private static final double RATE = 20;

    @TempDir
    Path data;

    private SimulatedClock clock;
    private AgentStore store;
    private MediaCache cache;
    private RecordingSink sink;
    private Playout playout;
    /** What the sync would say of the agent's clock; null: no exchange yet. */
    private volatile ClockReading clockReading;
    private Thread loop;

    @BeforeEach
    void open() {
        clock = new SimulatedClock(T0, RATE);
        store = AgentStore.open(data);
        cache = new MediaCache(data, 10_000_000);
        sink = new RecordingSink(clock);
    }

    @AfterEach
    void close() throws InterruptedException {
        if (playout != null) {
            playout.stop();
            loop.interrupt();
            loop.join(5000);
        }
        store.close();
    }

    @Test
    void theNextItemIsCuedBeforeTheCurrentOneEndsAndBothAirWhole() throws Exception {
        Item first = item(1, T0.plusSeconds(5), 10, null);
        Item second = item(2, T0.plusSeconds(15), 10, null);
        schedule(first, second);
        // the sync's last exchanges with the server: 250 ms ahead, to within 12 ms
        clockReading = new ClockReading(250, 12);
        start();
        awaitRecords(2);
        Map<Long, JsonNode> records = records();
        assertEquals("played", records.get(1L).path("outcome").asText());
        assertEquals("played", records.get(2L).path("outcome").asText());
        assertEquals(12, records.get(1L).path("clock_uncertainty_ms").asLong(), "each record says how well its start is known");
        assertEquals(250, records.get(1L).path("clock_offset_ms").asLong());
        assertEquals(12, records.get(1L).path("start_margin_ms").asLong(), "and that it waited the bound out");
        assertEquals(first.plannedStart().plusMillis(12), sink.started(1).cue().startAt(),
                "an item starts the bound after its instant: never early by the server's real clock");
        RecordingSink.Started cue = sink.started(2);
        assertTrue(cue.calledAt().isBefore(second.plannedStart()),
                "the second item is handed to the sink before its instant (cued), not after the first one's record: " + cue);
    }

    @Test
    void anUrgentNoticeCutsIntoAProgramWhichIsRecordedAsInterrupted() throws Exception {
        Item program = item(1, T0.plusSeconds(5), 120, null);
        Item notice = item(2, T0.plusSeconds(20), 10, 77L);
        schedule(program, notice);
        start();
        awaitRecords(2);
        Map<Long, JsonNode> records = records();
        JsonNode cut = records.get(1L);
        assertEquals("interrupted", cut.path("outcome").asText());
        assertEquals(Reasons.NOTICE_CUT_IN, cut.path("reason").asText());
        // on a loaded machine the program may start late; what holds is that the notice ended it, at its time
        Instant cutAt = Instant.parse(cut.path("actual_end").asText());
        assertTrue(!cutAt.isBefore(notice.plannedStart()) && cutAt.isBefore(notice.plannedStart().plusSeconds(10)),
                "the program was cut when the notice came (09:00:20), not at its own end: " + cut);
        assertTrue(cut.path("seconds_played").asDouble() > 0 && cut.path("seconds_played").asDouble() < 60,
                "it aired from its start until the notice, far from its two minutes: " + cut);
        assertEquals("played", records.get(2L).path("outcome").asText());
        assertEquals(77, records.get(2L).path("notice_id").asLong());
        assertTrue(sink.started(2).calledAt().isBefore(program.plannedEnd()), "the notice aired while the program was due");
    }

    @Test
    void anItemWhoseTimeHasPassedIsRecordedAsMissedAndNeverHandedToTheSink() throws Exception {
        Item late = item(1, T0.minusSeconds(120), 60, null);
        Item onTime = item(2, T0.plusSeconds(5), 10, null);
        schedule(late, onTime);
        start();
        awaitRecords(2);
        Map<Long, JsonNode> records = records();
        assertEquals("missed", records.get(1L).path("outcome").asText());
        assertTrue(records.get(1L).path("reason").asText().startsWith("Agent không chạy"),
                "the agent was not running at its time: " + records.get(1L));
        assertEquals("played", records.get(2L).path("outcome").asText());
        assertEquals(List.of(2L), sink.startedIds(), "only the item on time went to the sink");
    }

    @Test
    void anAiringCutByAPowerCutIsRecordedAsInterruptedWhenTheAgentComesBack() throws Exception {
        Item cut = item(1, T0.minusSeconds(30), 180, null);
        schedule(cut);
        Instant heardFrom = T0.minusSeconds(30);
        store.state().set("on_air", cut.id() + " " + heardFrom);
        store.state().set("on_air_seconds", "12.5");
        store.state().set("alive_at", T0.minusSeconds(17).toString());
        start();
        awaitRecords(1);
        JsonNode record = records().get(1L);
        assertEquals("interrupted", record.path("outcome").asText());
        assertEquals(12.5, record.path("seconds_played").asDouble(), 0.001);
        assertEquals(heardFrom.toString(), record.path("actual_start").asText());
        assertEquals(Reasons.powerCut(heardFrom.plusMillis(12_500)), record.path("reason").asText());
        assertEquals(List.of(), sink.startedIds(), "what was on air when the power went is not aired again");
        assertTrue(store.state().get("on_air").isEmpty(), "the on-air mark is cleared with the record");
    }

    private Item item(long id, Instant start, int seconds, Long noticeId) throws IOException {
        byte[] audio = ("rendition " + id).getBytes(StandardCharsets.UTF_8);
        Path file = Files.createTempFile(data, "r", ".mp3");
        Files.write(file, audio);
        String sha = ContentStore.sha256(file);
        Files.createDirectories(cache.path(sha).getParent());
        Files.move(file, cache.path(sha));
        return new Item(id, start, seconds * 1000L, 100 + id, sha, null, noticeId, noticeId == null ? 5L : null);
    }

    private void schedule(Item... items) {
        store.schedule().replace(List.of(items), Map.of());
    }

    private void start() {
        // twenty clock seconds a real second: a loaded machine's stall must not make an item "too late" (the
        // lateness rule has its own tests), so the programs' lateness is wide here
        playout = new Playout(store, cache, sink, clock, () -> clockReading, new Lateness(Duration.ofMinutes(10), Lateness.DEFAULT.notice()));
        playout.recover();
        loop = new Thread(playout, "playout-test");
        loop.start();
    }

    private Map<Long, JsonNode> records() throws IOException {
        Map<Long, JsonNode> byItem = new HashMap<>();
        for (String json : store.outbox().since(Instant.EPOCH)) {
            JsonNode r = JSON.readTree(json);
            assertTrue(byItem.put(r.path("item_id").asLong(), r) == null, "one record per item: " + json);
        }
        return byItem;
    }

    private void awaitRecords(int count) throws InterruptedException {
        Eventually.until(count + " records", Duration.ofSeconds(30), Duration.ofMillis(20),
                () -> store.outbox().since(Instant.EPOCH).size() >= count);
        Thread.sleep(200);
        assertEquals(count, store.outbox().since(Instant.EPOCH).size(), "exactly one record per item");
    }

    /** A sink that airs nothing but keeps time on the simulated clock and remembers what it was given. */
    static final class RecordingSink implements Sink {

        record Started(Cue cue, Instant calledAt) {
            long programId() {
                return cue.programId();
            }
        }

        private final SimulatedClock clock;
        private final List<Started> started = new CopyOnWriteArrayList<>();

        RecordingSink(SimulatedClock clock) {
            this.clock = clock;
        }

        @Override
        public Airing start(Cue cue) {
            started.add(new Started(cue, clock.instant()));
            return new ClockAiring(clock, cue.startAt(), cue.durationMillis());
        }

        Started started(long itemId) {
            return started.stream().filter(s -> s.programId() == 100 + itemId).findFirst()
                    .orElseThrow(() -> new AssertionError("item " + itemId + " never reached the sink: " + started));
        }

        List<Long> startedIds() {
            List<Long> ids = new ArrayList<>();
            started.forEach(s -> ids.add(s.programId() - 100));
            return ids;
        }

        @Override
        public String state() {
            return "recording";
        }
    }

    /** Heard from its planned instant (or at once, when that has passed) for its duration, or until stopped. */
    static final class ClockAiring implements Airing {

        private final SimulatedClock clock;
        private final Instant from;
        private final Instant until;
        private volatile Instant stoppedAt;

        ClockAiring(SimulatedClock clock, Instant plannedStart, long durationMillis) {
            this.clock = clock;
            Instant now = clock.instant();
            this.from = now.isAfter(plannedStart) ? now : plannedStart;
            this.until = from.plusMillis(durationMillis);
        }

        private Instant end() {
            Instant stop = stoppedAt;
            return stop != null && stop.isBefore(until) ? stop : until;
        }

        @Override
        public boolean await(long millis) throws InterruptedException {
            Thread.sleep(millis);
            return stoppedAt != null || !clock.instant().isBefore(until);
        }

        @Override
        public void stop() {
            if (stoppedAt == null) {
                stoppedAt = clock.instant();
            }
        }

        @Override
        public Instant actualStart() {
            return clock.instant().isBefore(from) ? null : from;
        }

        @Override
        public Instant actualEnd() {
            Instant now = clock.instant();
            return actualStart() == null ? null : now.isBefore(end()) ? now : end();
        }

        @Override
        public double secondsPlayed() {
            Instant end = actualEnd();
            return end == null ? 0 : Duration.between(from, end).toMillis() / 1000.0;
        }

        @Override
        public Optional<String> failure() {
            return Optional.empty();
        }
    }
}
