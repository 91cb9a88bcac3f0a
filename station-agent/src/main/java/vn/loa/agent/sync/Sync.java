package vn.loa.agent.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import vn.loa.agent.AgentStore;
import vn.loa.agent.AgentVersion;
import vn.loa.agent.Identity;
import vn.loa.agent.ResidentMemory;
import vn.loa.agent.cache.MediaCache;
import vn.loa.agent.cache.RenditionPrints;
import vn.loa.agent.outbox.Outbox;
import vn.loa.agent.store.AgentState;
import vn.loa.agent.store.FallbackPlan;
import vn.loa.agent.store.Item;
import vn.loa.agent.store.Relay;
import vn.loa.agent.time.ClockEstimator;
import vn.loa.agent.time.ClockOffset;
import vn.loa.agent.time.ClockReading;

/**
 * One sync attempt: pull the schedule (If-None-Match), fetch every rendition it needs, soonest first,
 * and send the outbox until the server has acknowledged it. Never throws: each attempt ends in an
 * outcome and a {@code [sync]} log line.
 */
public final class Sync {

    private static final Logger LOG = Logger.getLogger(Sync.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 200;
    private static final long OFFSET_WARNING_MILLIS = 5_000;
    /** Light time exchanges after each heartbeat: four samples a sync for the least-delay filter. */
    private static final int TIME_EXCHANGES = 3;

    private final Identity identity;
    private final ServerClient server;
    private final AgentStore store;
    private final MediaCache cache;
    private final Clock clock;
    private final Path dataDir;
    private final Supplier<String> audioState;
    private final ClockOffset offset;
    private final ClockEstimator estimator;
    private final Supplier<Path> ffmpeg;
    private volatile String lastError;
    private volatile String cacheState = "";
    private final RelayReach relayReach = new RelayReach();

    /**
     * @param clock      this PC's clock; the server's time is this plus the offset
     * @param audioState the sink's state line, for the heartbeat
     * @param offset     where each heartbeat leaves the offset it measured (the server-time clock reads it)
     */
    public Sync(Identity identity, AgentStore store, MediaCache cache, Clock clock, Path dataDir,
                Supplier<String> audioState, ClockOffset offset) {
        this(identity, store, cache, clock, dataDir, audioState, offset, null);
    }

    /** @param ffmpeg decodes each rendition that arrives for its fingerprint; null: none taken */
    public Sync(Identity identity, AgentStore store, MediaCache cache, Clock clock, Path dataDir,
                Supplier<String> audioState, ClockOffset offset, Supplier<Path> ffmpeg) {
        this.ffmpeg = ffmpeg;
        this.identity = identity;
        this.server = new ServerClient(identity.server(), identity.token());
        this.store = store;
        this.cache = cache;
        this.clock = clock;
        this.dataDir = dataDir;
        this.audioState = audioState;
        this.offset = offset;
        this.estimator = new ClockEstimator(offset);
    }

    /**
     * Fingerprints the cached renditions that have no fingerprint yet (on this thread, not the playout's: about a
     * second of CPU for a 3-minute program). Without ffmpeg it gives up until the next sync.
     */
    private void fingerprintRenditions(Set<String> needed) {
        if (ffmpeg == null) {
            return;
        }
        RenditionPrints prints = cache.prints();
        for (String sha : needed) {
            if (cache.has(sha) && !prints.has(sha)) {
                Path executable;
                try {
                    executable = ffmpeg.get();
                } catch (RuntimeException e) {
                    LOG.warning("[cache] no ffmpeg to fingerprint the renditions: " + e.getMessage());
                    return;
                }
                prints.take(sha, cache.path(sha), executable);
            }
        }
    }

    public ServerClient server() {
        return server;
    }

    /** One attempt at a time: the poll timer and a long poll's wake-up may ask together. */
    public synchronized SyncOutcome attempt() {
        try {
            heartbeat();
            SyncOutcome outcome = pullSchedule();
            fetchRenditions();
            sendOutbox();
            lastError = null;
            LOG.fine("[sync] " + outcome);
            remember(outcome);
            return outcome;
        } catch (IOException | RuntimeException e) {
            lastError = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.warning("[sync] FAILED: " + lastError);
            remember(SyncOutcome.FAILED);
            return SyncOutcome.FAILED;
        }
    }

    /** Measures the clock offset alone (a heartbeat); false when the server cannot be reached. */
    public synchronized boolean measureClock() {
        try {
            heartbeat();
            return true;
        } catch (IOException | RuntimeException e) {
            lastError = e.getMessage();
            return false;
        }
    }

    /** For {@code status}: when the last attempt ended, how, and the last error. */
    private void remember(SyncOutcome outcome) {
        try {
            store.state().set("last_sync", clock.instant() + " " + outcome);
            store.state().set("last_error", lastError);
        } catch (RuntimeException e) {
            LOG.warning("[sync] cannot note the attempt: " + e.getMessage());
        }
    }

    /**
     * Reports the agent's state, then measures the clock offset: the heartbeat and a few light time
     * exchanges each give the four times of {@link ClockEstimator}, which believes the least delayed.
     */
    private void heartbeat() throws IOException {
        ClockReading reading = estimator.reading();
        var body = JSON.createObjectNode().put("agent_version", AgentVersion.current()).put("clock_offset_ms", offset.millis())
                .put("free_disk_bytes", dataDir.toFile().getUsableSpace())
                .put("outbox_backlog", store.outbox().backlog())
                .put("resident_bytes", ResidentMemory.bytes())
                .put("cache_state", store.schedule().unhandled().size() + " mục chờ phát / items to air; " + cacheState)
                .put("audio_state", audioState.get());
        if (reading != null) {
            body.put("clock_uncertainty_ms", reading.uncertaintyMillis());
        }
        String relays = relayReach.state(store.relays().unhandled());
        if (relays != null) {
            body.put("relay_state", relays);
        }
        if (lastError != null) {
            body.put("last_error", lastError.length() > 1900 ? lastError.substring(0, 1900) : lastError);
        }
        List<ClockEstimator.Sample> burst = new ArrayList<>();
        burst.add(exchange(() -> server.heartbeat(identity.stationId(), body)));
        try {
            for (int i = 0; i < TIME_EXCHANGES; i++) {
                burst.add(exchange(server::time));
            }
        } catch (IOException e) {
            // a server older than the time verb: the heartbeat's sample alone
            LOG.fine("[sync] no time exchange: " + e.getMessage());
        }
        if (estimator.add(burst)) {
            LOG.warning("[sync] clock offset stepped to " + estimator.estimateMillis() + " ms (± "
                    + estimator.uncertaintyMillis() + " ms)");
        }
        if (Math.abs(estimator.estimateMillis()) > OFFSET_WARNING_MILLIS) {
            LOG.warning("[sync] the PC's clock is " + (-estimator.estimateMillis() / 1000) + " s off the server's;"
                    + " airing on the server's time");
        }
        store.state().set("clock_offset_ms", String.valueOf(estimator.estimateMillis()));
        store.state().set("clock_uncertainty_ms", String.valueOf(estimator.uncertaintyMillis()));
    }

    /** One exchange, timed on this PC's clock around it. */
    private ClockEstimator.Sample exchange(Exchange call) throws IOException {
        Instant sent = clock.instant();
        ServerClient.ServerTimes times = call.run();
        Instant back = clock.instant();
        return ClockEstimator.Sample.of(sent, times.received(), times.answered(), back);
    }

    private interface Exchange {
        ServerClient.ServerTimes run() throws IOException;
    }

    /** The clock as it reads now, with its error bound (null before the first exchange): what playout starts on. */
    public ClockReading clockReading() {
        return estimator.reading();
    }

    private SyncOutcome pullSchedule() throws IOException {
        Optional<ServerClient.Schedule> schedule = server.schedule(identity.stationId(), store.state().get("etag").orElse(null));
        if (schedule.isEmpty()) {
            return SyncOutcome.UNCHANGED;
        }
        List<Item> items = new ArrayList<>();
        for (JsonNode i : schedule.get().body().path("items")) {
            items.add(new Item(i.get("id").asLong(), Instant.parse(i.get("planned_start").asText()),
                    i.get("duration_ms").asLong(), i.get("program_id").asLong(), i.get("content_sha256").asText(),
                    i.path("reason").asText(null), i.path("notice_id").isIntegralNumber() ? i.get("notice_id").asLong() : null,
                    i.path("campaign_id").isIntegralNumber() ? i.get("campaign_id").asLong() : null));
        }
        Map<Long, String> withdrawn = new HashMap<>();
        for (JsonNode w : schedule.get().body().path("withdrawn")) {
            withdrawn.put(w.get("id").asLong(), w.path("reason").asText(null));
        }
        store.schedule().replace(items, withdrawn);
        store.relays().replace(relays(schedule.get().body()));
        FallbackPlan.save(store.state(), schedule.get().body());
        ObjectNode titles = JSON.createObjectNode();
        for (JsonNode i : schedule.get().body().path("items")) {
            titles.put(i.path("program_id").asText(), i.path("program_title").asText(""));
        }
        store.state().set(AgentState.PROGRAM_TITLES, titles.toString());
        if (schedule.get().etag() != null) {
            store.state().set("etag", schedule.get().etag());
        }
        LOG.info("[sync] schedule updated: " + items.size() + " items");
        return SyncOutcome.UPDATED;
    }

    /** The relays of a schedule answer (none from an older server). */
    private static List<Relay> relays(JsonNode body) {
        List<Relay> relays = new ArrayList<>();
        for (JsonNode r : body.path("relays")) {
            JsonNode fallback = r.path("fallback");
            relays.add(new Relay(r.get("id").asLong(), Instant.parse(r.get("planned_start").asText()), r.get("duration_ms").asLong(),
                    r.path("source_id").asLong(), r.path("source_name").asText(""), r.get("url").asText(),
                    fallback.isObject() ? fallback.get("program_id").asLong() : null,
                    fallback.isObject() ? fallback.get("content_sha256").asText() : null,
                    fallback.isObject() ? fallback.path("duration_ms").asLong() : 0));
        }
        return relays;
    }

    /**
     * Evicts what the schedule no longer needs, then fetches soonest first while the quota allows; what
     * does not fit waits for a later sync, when earlier items have aired and been evicted.
     */
    private void fetchRenditions() throws IOException {
        List<Item> items = new ArrayList<>(store.schedule().unhandled());
        // an urgent notice's audio comes before everything else: it must be here before it can cut in
        items.sort(Comparator.comparing((Item i) -> !i.urgent()));
        Optional<FallbackPlan> fallback = FallbackPlan.load(store.state());
        Set<String> needed = new HashSet<>(store.schedule().neededRenditions());
        fallback.ifPresent(f -> f.programs().forEach(p -> needed.add(p.sha256())));
        // a relay's fallback program, in case its stream cannot be had (streams themselves are live, never cached)
        for (Relay r : store.relays().unhandled()) {
            if (r.hasFallbackProgram()) {
                needed.add(r.fallbackSha256());
                items.add(new Item(-2, r.plannedStart(), r.fallbackDurationMillis(), r.fallbackProgramId(), r.fallbackSha256(),
                        null, null, null));
            }
        }
        int evicted = cache.evictAllBut(needed);
        if (evicted > 0) {
            LOG.info("[cache] evicted " + evicted + " files no longer scheduled");
        }
        Set<String> missing = new LinkedHashSet<>();
        long used = cache.usedBytes();
        // the fallback's audio after the schedule's: it airs only once the schedule has run out
        fallback.ifPresent(f -> f.programs().forEach(p -> items.add(new Item(-1, Instant.MAX, p.durationMillis(), p.programId(),
                p.sha256(), null, null, null))));
        for (Item item : items) {
            if (cache.has(item.sha256()) || missing.contains(item.sha256())) {
                continue;
            }
            // a 64 kbit/s rendition is 8 kB per second, plus its tags
            if (!missing.isEmpty() || used + item.durationMillis() * 8 + 65_536 > cache.quotaBytes()) {
                missing.add(item.sha256());
                continue;
            }
            used += Files.size(cache.fetch(server::download, item.sha256()));
        }
        fingerprintRenditions(needed);
        long usedMb = used / 1_048_576;
        cacheState = usedMb + "/" + cache.quotaBytes() / 1_048_576 + " MB"
                + (missing.isEmpty() ? "" : "; đầy, còn " + missing.size() + " tệp chờ tải / full, " + missing.size() + " files wait");
        if (!missing.isEmpty()) {
            LOG.warning("[cache] quota reached: " + missing.size() + " renditions wait until earlier ones air");
        }
    }

    private void sendOutbox() throws IOException {
        while (true) {
            List<Outbox.Pending> pending = store.outbox().pending(BATCH);
            if (pending.isEmpty()) {
                return;
            }
            ServerClient.AsRunAnswer answer = send(pending);
            if (answer.batchRefused() != null) {
                // one record breaks the API's limits: send them one by one, so only that one is set aside
                for (Outbox.Pending p : pending) {
                    ServerClient.AsRunAnswer one = send(List.of(p));
                    settle(one.batchRefused() == null ? one
                            : new ServerClient.AsRunAnswer(List.of(), Map.of(p.sequence(), one.batchRefused()), null));
                }
                return;
            }
            settle(answer);
            if (answer.acknowledged().size() + answer.refused().size() < pending.size()) {
                return;
            }
        }
    }

    private ServerClient.AsRunAnswer send(List<Outbox.Pending> pending) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (Outbox.Pending p : pending) {
            records.add(JSON.readTree(p.json()));
        }
        return server.sendAsRun(identity.stationId(), records);
    }

    private void settle(ServerClient.AsRunAnswer answer) {
        store.outbox().acknowledge(answer.acknowledged(), clock.instant());
        store.outbox().refuse(answer.refused());
        LOG.info("[upload] " + answer.acknowledged().size() + " records acknowledged");
        answer.refused().forEach((sequence, reason) ->
                LOG.warning("[upload] record " + sequence + " refused by the server, kept and not sent again: " + reason));
    }
}
