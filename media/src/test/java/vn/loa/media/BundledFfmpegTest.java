package vn.loa.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The static ffmpeg 4.4 bundled from Maven Central, used when a machine has no ffmpeg of its own:
 * the same pipeline must hold on it (its output formats are what the report parser reads).
 */
class BundledFfmpegTest {

    @TempDir
    Path dir;

    @Test
    void theBundledBuildRunsTheWholePipeline() throws Exception {
        Ffmpeg bundled = FfmpegLocator.bundled(Path.of("target", "ffmpeg-cache")).orElseThrow();
        assertTrue(bundled.version().startsWith("ffmpeg version"), bundled.version());
        Ingest ingest = new Ingest(bundled, new ContentStore(dir.resolve("media")), LoudnessTarget.BROADCAST,
                RenditionFormat.BROADCAST);
        DurationPolicy policy = new DurationPolicy("thử", Duration.ofSeconds(4), Duration.ofSeconds(12), Duration.ZERO);

        Path source = TestAudio.make(dir.resolve("nguon.wav"), 2.5, 6, 2.5, -20, "-c:a pcm_s16le",
                "-metadata", "title=Bản tin nông nghiệp");
        Ingest.Result result = ingest.run(source, new Ingest.Request(1, "Bản tin", "Huyện Na Rì", policy, null));
        assertEquals(-16, result.after().integratedLufs(), 1.0);
        assertEquals(8, result.renditionSeconds(), 0.2);
        assertEquals("Bản tin nông nghiệp", result.source().tags().get("title"));

        // peaky speech needs the true-peak limiter, whose options must read the same on ffmpeg 4.4
        Path speech = Speech.wav(dir.resolve("loi-noi.wav"), 12);
        Ingest.Result spoken = ingest.run(speech, new Ingest.Request(4, "Lời nói", "Đài xã", new DurationPolicy("thử",
                Duration.ofSeconds(4), Duration.ofSeconds(30), Duration.ZERO), null));
        assertEquals(-16, spoken.after().integratedLufs(), 1.0);
        assertTrue(spoken.after().truePeakDbtp() <= -1.5, "true peak " + spoken.after().truePeakDbtp());

        Path cut = TestAudio.make(dir.resolve("cut.wav"), 0, 8, 0, -10, "-c:a pcm_s16le");
        TestAudio.truncate(cut, 0.5);
        MediaException e = assertThrows(MediaException.class,
                () -> ingest.run(cut, new Ingest.Request(2, "Cụt", null, policy, null)));
        assertTrue(e.code().equals("truncated") || e.code().equals("corrupt"), e.code());
        Path text = Files.writeString(dir.resolve("ghi-chu.mp3"), "không phải âm thanh");
        assertEquals("not_audio", assertThrows(MediaException.class,
                () -> ingest.run(text, new Ingest.Request(3, "x", null, policy, null))).code());
    }
}
