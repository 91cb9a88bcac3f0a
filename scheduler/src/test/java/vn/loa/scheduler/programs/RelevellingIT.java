package vn.loa.scheduler.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.media.ContentStore;
import vn.loa.media.TestAudio;
import vn.loa.scheduler.domain.programs.Rendition;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Eventually;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * A rendition made before the levelling of issue 24 (too loud, peaks over the ceiling) is levelled again
 * when the scheduler starts: the program gets a new rendition on target under a new hash, the old file
 * stays for what was scheduled with it, and the change is in the audit log.
 */
class RelevellingIT {

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.create();

    @Test
    void anOffTargetRenditionIsLevelledAgainAtStartAndTheOldFileStays() throws Exception {
        Api admin = scheduler.admin();
        Fixtures.createTree(admin);
        long id = Programs.approved(admin, Fixtures.DISTRICT, "Bản tin nông nghiệp", 41).getLong("id");

        // as the old pipeline left it: loud, its peaks clipped past the ceiling
        Path loud = Files.createTempFile(scheduler.dataDir(), "old-", ".mp3");
        Files.write(loud, TestAudio.clip(5, 42, "mp3", "-af", "volume=16dB", "-ac", "1", "-ar", "44100", "-c:a", "libmp3lame",
                "-b:a", "64k"));
        ContentStore.Stored old = new ContentStore(scheduler.dataDir().resolve("media")).put(loud, "mp3");
        scheduler.store().write(r -> {
            r.programs().replaceRendition(id, new Rendition(old.sha256(), "audio/mpeg", old.sizeBytes(), 5000, 5000, -20, -3,
                    -9.5, 0.4, 4), Instant.now());
            return null;
        });
        assertFalse(rendition(admin, id).getBoolean("on_target"), "the program page warns before");

        scheduler.restart();
        Api again = scheduler.admin();
        JsonObject fresh = Eventually.value("the rendition levelled again", Duration.ofSeconds(60), Duration.ofMillis(200),
                () -> Optional.of(rendition(again, id)).filter(r -> !r.getString("sha256").equals(old.sha256())));
        assertTrue(fresh.getBoolean("on_target"), fresh.encode());
        assertEquals(-16, fresh.getDouble("loudness_after_lufs"), 1.0);
        assertTrue(fresh.getDouble("true_peak_after_dbtp") <= -1.5, fresh.encode());
        assertNotEquals(old.sha256(), fresh.getString("sha256"));
        assertTrue(Files.exists(old.path()), "the old rendition stays for what was scheduled with it");
        assertEquals("approved", Fixtures.expect(again.get("/api/v1/programs/" + id), 200).json().getString("status"),
                "the program keeps its status");
        assertTrue(Fixtures.expect(again.get("/api/v1/audit"), 200).items().stream().map(JsonObject.class::cast)
                .anyMatch(e -> e.getString("action").equals("program.relevel") && e.getString("summary").contains(old.sha256())));
    }

    private static JsonObject rendition(Api api, long id) {
        return Fixtures.expect(api.get("/api/v1/programs/" + id), 200).json().getJsonObject("rendition");
    }
}
