package vn.loa.scheduler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.media.ContentStore;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.Folders;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestPostgres;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * A backup taken while 20 stations send their records restores to a server that serves every
 * rendition and holds every record it had acknowledged when the backup began.
 */
class BackupIT {

    private static final int STATIONS = 20;

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.create();

    @Test
    void aBackupTakenUnderLoadRestoresEveryRenditionAndEveryAcknowledgedRecord() throws Exception {
        // the command copies the SQLite file; a PostgreSQL store is backed up with pg_dump (README, PostgreSQL)
        Assumptions.assumeFalse(TestPostgres.inUse(), "backup copies SQLite's loa.db");
        Api admin = scheduler.admin();
        Fixtures.createTree(admin);
        List<JsonObject> programs = List.of(
                Programs.ready(admin, Fixtures.DISTRICT, "Bản tin phòng chống rét đậm", 41),
                Programs.ready(admin, Fixtures.DISTRICT, "Hướng dẫn bầu cử đại biểu", 42));
        List<Long> stations = new ArrayList<>();
        List<Api> agents = new ArrayList<>();
        for (int i = 0; i < STATIONS; i++) {
            long id = expect(admin.post("/api/v1/stations", Fixtures.station(String.format("CB-%05d", 1300 + i),
                    Fixtures.COMMUNE)), 201).json().getLong("id");
            stations.add(id);
            agents.add(scheduler.api().withToken(Fixtures.enrol(admin, scheduler.api(), id)));
        }

        AtomicBoolean backupStarted = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        List<AtomicLong> ackedBeforeBackup = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(STATIONS);
        for (int i = 0; i < STATIONS; i++) {
            AtomicLong acked = new AtomicLong();
            ackedBeforeBackup.add(acked);
            long station = stations.get(i);
            Api agent = agents.get(i);
            senders.execute(() -> {
                for (long sequence = 1; !stop.get(); sequence += 5) {
                    JsonArray records = new JsonArray();
                    for (long s = sequence; s < sequence + 5; s++) {
                        Instant at = Instant.now().minusSeconds(600);
                        records.add(new JsonObject().put("sequence", s).put("outcome", "played").put("seconds_played", 60.0)
                                .put("actual_start", at.toString()).put("actual_end", at.plusSeconds(60).toString()));
                    }
                    Api.Reply reply = agent.post("/api/v1/stations/" + station + "/as-run", new JsonObject().put("records", records));
                    if (reply.status() != 200 || !reply.json().getJsonArray("refused").isEmpty()) {
                        throw new AssertionError(reply.toString());
                    }
                    if (!backupStarted.get()) {
                        // acknowledged (committed) before the backup began
                        acked.set(sequence + 4);
                    }
                }
            });
        }
        Thread.sleep(1500);
        Path backup = Files.createTempDirectory("loa-backup-").resolve("ban-sao");
        try {
            backupStarted.set(true);
            Backup.Summary taken = Backup.backup(scheduler.dataDir(), backup);
            Thread.sleep(500);
            stop.set(true);
            senders.shutdown();
            assertTrue(senders.awaitTermination(30, TimeUnit.SECONDS));
            assertEquals(2, taken.renditions());
            long acknowledged = ackedBeforeBackup.stream().mapToLong(AtomicLong::get).sum();
            assertTrue(acknowledged > STATIONS * 5, "the stations were sending: " + acknowledged);

            scheduler.stop();
            Backup.restore(backup, scheduler.dataDir());
            scheduler.startAgain();
            for (int i = 0; i < STATIONS; i++) {
                long station = stations.get(i);
                Set<Long> held = scheduler.store().read(r -> r.agentReports().asRunOf(station)).stream()
                        .map(a -> a.sequence()).collect(Collectors.toSet());
                for (long s = 1; s <= ackedBeforeBackup.get(i).get(); s++) {
                    assertTrue(held.contains(s), "station " + station + " record " + s + " was acknowledged before the backup;"
                            + " held " + held.size() + ", acknowledged " + ackedBeforeBackup.get(i).get());
                }
            }
            Api restored = scheduler.admin();
            for (JsonObject p : programs) {
                String sha = p.getJsonObject("rendition").getString("sha256");
                HttpResponse<byte[]> file = restored.download("/api/v1/media/" + sha);
                assertEquals(200, file.statusCode(), "rendition of " + p.getString("title"));
                Path fetched = Files.createTempFile("loa-rendition-", ".mp3");
                Files.write(fetched, file.body());
                assertEquals(sha, ContentStore.sha256(fetched));
                Files.delete(fetched);
            }
        } finally {
            stop.set(true);
            senders.shutdownNow();
            Folders.delete(backup.getParent());
        }
    }
}
