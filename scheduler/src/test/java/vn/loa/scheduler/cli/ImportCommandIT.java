package vn.loa.scheduler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.media.Ffmpeg;
import vn.loa.media.TestAudio;
import vn.loa.scheduler.testing.JarProcess;
import vn.loa.scheduler.testing.TestScheduler;

/** {@code import} from the built jar, on a USB-stick-like folder, into a data directory that does not exist yet. */
class ImportCommandIT {

    @TempDir
    Path dir;

    private Path stick() throws Exception {
        Path stick = Files.createDirectories(dir.resolve("USB"));
        Files.write(stick.resolve("01 bản tin sáng.mp3"), TestAudio.mp3(5, 21));
        Path tagged = stick.resolve("02.wav");
        Ffmpeg.Run run = TestAudio.FFMPEG.run(List.of("-y", "-v", "error", "-f", "lavfi", "-i",
                "anoisesrc=color=pink:amplitude=0.2:duration=6:seed=22", "-metadata", "title=Hướng dẫn tiêm phòng cho đàn lợn",
                "-c:a", "pcm_s16le", Ffmpeg.url(tagged)), 60);
        assertEquals(0, run.exitCode(), run.stderr());
        Files.writeString(stick.resolve("03 ghi chú.mp3"), "đây không phải âm thanh");
        Files.writeString(stick.resolve(".DS_Store"), "ẩn");
        return stick;
    }

    @Test
    void importsEveryFileOfAFolderAndSaysWhatBecameOfEach() throws Exception {
        Path stick = stick();
        Path data = dir.resolve("dữ liệu mới");
        try (JarProcess run = JarProcess.start(TestScheduler.SHORT_RULES, "import", "--data", data.toString(),
                "--unit", "061", stick.toString())) {
            assertEquals(1, run.awaitExit(120), "a refused file makes the exit code non-zero:\n" + run.output());
            String out = run.output();
            assertTrue(out.contains("NHẬN  " + stick.resolve("01 bản tin sáng.mp3")), out);
            assertTrue(out.contains("\"Hướng dẫn tiêm phòng cho đàn lợn\""), "the tagged title prefills the program:\n" + out);
            assertTrue(out.contains("TỪ CHỐI  " + stick.resolve("03 ghi chú.mp3")), out);
            assertTrue(!out.contains(".DS_Store"), out);
        }
        assertTrue(Files.exists(data.resolve("loa.db")));
    }

    @Test
    void jsonOutputIsOneArrayWithAnEntryPerFile() throws Exception {
        Path stick = stick();
        try (JarProcess run = JarProcess.start(false, TestScheduler.SHORT_RULES, "import", "--data", dir.resolve("d").toString(),
                "--unit", "061", "--json", stick.toString())) {
            assertEquals(1, run.awaitExit(120));
            String out = run.output();
            JsonArray results = new JsonArray(out);
            assertEquals(3, results.size());
            JsonObject first = results.getJsonObject(0);
            assertTrue(first.getBoolean("accepted"));
            assertEquals(5.0, first.getDouble("duration_seconds"), 0.2);
            assertEquals(-16, first.getDouble("loudness_after_lufs"), 1.0);
            assertTrue(Files.exists(Path.of(first.getString("rendition"))));
            assertEquals("not_audio", results.getJsonObject(2).getString("code"));
        }
    }
}
