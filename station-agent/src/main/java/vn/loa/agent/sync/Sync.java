package vn.loa.agent.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import vn.loa.agent.AgentStore;
import vn.loa.agent.Identity;
import vn.loa.agent.cache.MediaCache;

/**
 * One sync attempt: pull the schedule (If-None-Match), fetch every rendition it needs, soonest first,
 * and send the outbox until the server has acknowledged it. Never throws: each attempt ends in an
 * outcome and a {@code [sync]} log line.
 */
public final class Sync {

    private static final Logger LOG = Logger.getLogger(Sync.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 200;

    private final Identity identity;
    private final ServerClient server;
    private final AgentStore store;
    private final MediaCache cache;
    private final Clock clock;

    public Sync(Identity identity, AgentStore store, MediaCache cache, Clock clock) {
        this.identity = identity;
        this.server = new ServerClient(identity.server(), identity.token());
        this.store = store;
        this.cache = cache;
        this.clock = clock;
    }

    public SyncOutcome attempt() {
        try {
            SyncOutcome outcome = pullSchedule();
            fetchRenditions();
            sendOutbox();
            LOG.fine("[sync] " + outcome);
            return outcome;
        } catch (IOException | RuntimeException e) {
            LOG.warning("[sync] FAILED: " + e.getMessage());
            return SyncOutcome.FAILED;
        }
    }

    private SyncOutcome pullSchedule() throws IOException {
        Optional<ServerClient.Schedule> schedule = server.schedule(identity.stationId(), store.state("etag").orElse(null));
        if (schedule.isEmpty()) {
            return SyncOutcome.UNCHANGED;
        }
        List<AgentStore.Item> items = new ArrayList<>();
        for (JsonNode i : schedule.get().body().path("items")) {
            items.add(new AgentStore.Item(i.get("id").asLong(), Instant.parse(i.get("planned_start").asText()),
                    i.get("duration_ms").asLong(), i.get("program_id").asLong(), i.get("content_sha256").asText(),
                    i.path("reason").asText(null)));
        }
        store.replaceSchedule(items);
        if (schedule.get().etag() != null) {
            store.setState("etag", schedule.get().etag());
        }
        LOG.info("[sync] schedule updated: " + items.size() + " items");
        return SyncOutcome.UPDATED;
    }

    private void fetchRenditions() throws IOException {
        for (AgentStore.Item item : store.unhandled()) {
            cache.fetch(server, item.sha256());
        }
    }

    private void sendOutbox() throws IOException {
        while (true) {
            List<AgentStore.Pending> pending = store.pending(BATCH);
            if (pending.isEmpty()) {
                return;
            }
            List<JsonNode> records = new ArrayList<>();
            for (AgentStore.Pending p : pending) {
                records.add(JSON.readTree(p.json()));
            }
            List<Long> acknowledged = server.sendAsRun(identity.stationId(), records);
            store.acknowledge(acknowledged, clock.instant());
            LOG.info("[upload] " + acknowledged.size() + " records acknowledged");
            if (acknowledged.size() < pending.size()) {
                return;
            }
        }
    }
}
