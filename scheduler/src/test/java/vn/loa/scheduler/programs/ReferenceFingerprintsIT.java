package vn.loa.scheduler.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.media.Ffmpeg;
import vn.loa.media.PcmDecoder;
import vn.loa.media.TestAudio;
import vn.loa.proof.AudioFingerprint;
import vn.loa.proof.FingerprintMatch;
import vn.loa.scheduler.store.FingerprintRepository;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Eventually;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * Reference fingerprints at ingest (issue 20): an uploaded program's rendition is fingerprinted when it becomes
 * ready, as long as it lasts; a capture of it (quieter, telephone band) matches its reference and not another
 * program's; a rendition from before fingerprints (its reference gone) gets one when the server starts.
 */
class ReferenceFingerprintsIT {

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.create();
    @TempDir
    Path tmp;

    private JsonObject program(Api admin, String title, int seed) {
        return Programs.await(admin, Programs.upload(admin, Fixtures.DISTRICT, title, TestAudio.mp3(12, seed)).getLong("id"));
    }

    private Optional<FingerprintRepository.Reference> reference(String sha) {
        return scheduler.store().read(r -> r.fingerprints().find(sha, Fingerprints.ALGORITHM));
    }

    private Path rendition(String sha) throws IOException {
        try (Stream<Path> files = Files.walk(scheduler.dataDir().resolve("media"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(sha)).findFirst().orElseThrow();
        }
    }

    @Test
    void aProgramIsFingerprintedAtIngestAndACaptureOfItMatchesOnlyIt() throws IOException {
        Api admin = scheduler.admin();
        Fixtures.createTree(admin);
        String rain = program(admin, "Bản tin phòng chống mưa lũ", 31).getJsonObject("rendition").getString("sha256");
        String frost = program(admin, "Phòng chống rét cho trâu bò", 32).getJsonObject("rendition").getString("sha256");
        FingerprintRepository.Reference reference = reference(rain).orElseThrow();
        assertEquals(12, reference.seconds(), 0.3);
        // a word for every hop after the first whole frame
        assertEquals((reference.seconds() * AudioFingerprint.RATE - AudioFingerprint.FRAME) / AudioFingerprint.HOP,
                reference.words().length, 3);

        Path capture = tmp.resolve("thu-tai-loa.wav");
        Ffmpeg.Run run = TestAudio.FFMPEG.run(List.of("-y", "-v", "error", "-i", rendition(rain).toString(), "-af",
                "volume=-8dB,highpass=f=300,lowpass=f=3400,aresample=8000", capture.toString()), 60);
        assertEquals(0, run.exitCode(), run.stderr());
        int[] captured = AudioFingerprint.of(new PcmDecoder(TestAudio.FFMPEG).decode(capture, AudioFingerprint.RATE));
        List<FingerprintMatch.Block> blocks = FingerprintMatch.blocks(captured);
        assertTrue(FingerprintMatch.match(reference.words(), reference.reliable(), blocks, 2.5).matched());
        FingerprintRepository.Reference other = reference(frost).orElseThrow();
        assertFalse(FingerprintMatch.match(other.words(), other.reliable(), blocks, 2.5).matched());
    }

    @Test
    void aRenditionFromBeforeFingerprintsGetsOneWhenTheServerStarts() {
        Api admin = scheduler.admin();
        Fixtures.createTree(admin);
        String sha = program(admin, "Bản tin nông thôn mới", 33).getJsonObject("rendition").getString("sha256");
        scheduler.store().write(r -> {
            r.fingerprints().forget(sha);
            return null;
        });
        assertTrue(reference(sha).isEmpty());
        scheduler.restart();
        Eventually.until("the rendition fingerprinted at start", Duration.ofSeconds(30), Duration.ofMillis(100),
                () -> reference(sha).isPresent());
    }
}
