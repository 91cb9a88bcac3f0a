package vn.loa.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegLocatorTest {

    @TempDir
    Path dir;

    @Test
    void aConfiguredFfmpegThatDoesNotRunIsRefusedWithHowToInstallOne() {
        MediaException e = assertThrows(MediaException.class,
                () -> FfmpegLocator.locate(dir.resolve("không có ffmpeg"), dir));
        assertEquals("ffmpeg_missing", e.code());
        assertTrue(e.getMessage().contains("apt-get install ffmpeg"), e.getMessage());
        assertTrue(e.getMessage().contains("không có ffmpeg"), "names what was tried: " + e.getMessage());
    }

    @Test
    void withoutConfigurationSomeWorkingFfmpegIsFound() {
        assertTrue(FfmpegLocator.locate(null, dir).version().startsWith("ffmpeg version"));
    }
}
