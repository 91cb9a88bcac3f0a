package vn.loa.scheduler.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.media.ContentStore;
import vn.loa.media.TestAudio;
import vn.loa.scheduler.domain.programs.Rendition;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Eventually;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.MutableClock;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * A rendition made before the levelling of issue 24 (too loud, peaks over the ceiling) is levelled again
 * when the scheduler starts: the program gets a new rendition on target under a new hash, the old file
 * stays for what was scheduled with it, and the change is in the audit log.
 */
class RelevellingIT {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Monday 23 November 2026, 00:30 in Hà Nội: every window of the day is still ahead, nothing frozen yet. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(new MutableClock(TODAY.atTime(0, 30).atZone(HCM).toInstant()));

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
                    -9.5, 0.4, 4), TODAY.atStartOfDay(HCM).toInstant());
            return null;
        });
        assertFalse(rendition(admin, id).getBoolean("on_target"), "the program page warns before");
        long station = Fixtures.expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json()
                .getLong("id");
        long campaign = Fixtures.expect(admin.post("/api/v1/campaigns", new JsonObject().put("name", "Tuyên truyền mùa đông")
                .put("owner_unit_code", Fixtures.DISTRICT).put("period_start", TODAY.toString())
                .put("period_end", TODAY.plusDays(30).toString())
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 1))
                .put("target_units", new JsonArray().add(Fixtures.DISTRICT)).put("program_ids", new JsonArray().add(id))), 201)
                .json().getLong("id");
        Fixtures.expect(admin.post("/api/v1/campaigns/" + campaign + "/publish", new JsonObject()), 200);
        assertEquals(Set.of(old.sha256()), hashesScheduled(admin, station), "published with the rendition it had");

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
        Eventually.until("the station's schedule follows the new rendition", Duration.ofSeconds(60), Duration.ofMillis(200),
                () -> hashesScheduled(again, station).equals(Set.of(fresh.getString("sha256"))));
    }

    private static Set<String> hashesScheduled(Api api, long station) {
        return Fixtures.expect(api.get("/api/v1/stations/" + station + "/schedule"), 200).items().stream()
                .map(JsonObject.class::cast).map(i -> i.getString("content_sha256")).collect(Collectors.toSet());
    }

    private static JsonObject rendition(Api api, long id) {
        return Fixtures.expect(api.get("/api/v1/programs/" + id), 200).json().getJsonObject("rendition");
    }
}
