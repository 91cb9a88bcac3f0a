package vn.loa.agent.playout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes exactly the audio that would be heard into a folder, one file per airing, and a timing line
 * per airing to {@code timing.log} (planned start, actual start, start error, program, bytes).
 */
public final class FileSink implements Sink {

    private final Path dir;

    public FileSink(Path dir) {
        this.dir = dir;
    }

    @Override
    public double play(Path rendition, long programId, Instant plannedStart, Instant actualStart, long durationMillis)
            throws IOException {
        Files.createDirectories(dir);
        String name = actualStart.toString().replace(':', '-') + "-program-" + programId + ".mp3";
        Files.copy(rendition, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        long errorMillis = Duration.between(plannedStart, actualStart).toMillis();
        String line = "planned=" + plannedStart + " actual=" + actualStart + " error_ms=" + errorMillis + " program="
                + programId + " bytes=" + Files.size(rendition) + " file=" + name + "\n";
        Files.writeString(dir.resolve("timing.log"), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return durationMillis / 1000.0;
    }
}
