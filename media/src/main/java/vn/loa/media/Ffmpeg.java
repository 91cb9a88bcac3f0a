package vn.loa.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One ffmpeg binary, run with an argument list (never through a shell, so file names with spaces,
 * quotes, {@code ;}, {@code $()} or Vietnamese letters are only data). Inputs and outputs are given
 * as absolute {@code file:} URLs, so a name starting with {@code -} or containing {@code :} is never
 * read as an option or a protocol. Thread-safe.
 */
public final class Ffmpeg {

    /** What a finished run printed. */
    public record Run(int exitCode, String stdout, String stderr) {

        /** The last lines of stderr, for messages and logs. */
        public String stderrTail() {
            String[] lines = stderr.strip().split("\n");
            StringBuilder tail = new StringBuilder();
            for (int i = Math.max(0, lines.length - 8); i < lines.length; i++) {
                tail.append(lines[i].strip()).append('\n');
            }
            return tail.toString().strip();
        }
    }

    private final Path executable;
    private final String version;
    private final Consumer<List<String>> onRun;

    Ffmpeg(Path executable, String version) {
        this(executable, version, command -> { });
    }

    private Ffmpeg(Path executable, String version, Consumer<List<String>> onRun) {
        this.executable = executable;
        this.version = version;
        this.onRun = onRun;
    }

    /** The same binary, telling {@code listener} every full command line it runs (for benchmarks). */
    public Ffmpeg observed(Consumer<List<String>> listener) {
        return new Ffmpeg(executable, version, listener);
    }

    public Path executable() {
        return executable;
    }

    /** The first line of {@code ffmpeg -version}. */
    public String version() {
        return version;
    }

    /** A path as ffmpeg must be given it. */
    public static String url(Path file) {
        return "file:" + file.toAbsolutePath();
    }

    /** Runs ffmpeg with {@code -hide_banner -nostdin} and the given arguments; waits up to {@code timeoutSeconds}. */
    public Run run(List<String> arguments, long timeoutSeconds) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.add("-hide_banner");
        command.add("-nostdin");
        command.addAll(arguments);
        onRun.accept(List.copyOf(command));
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread outReader = drain(process.getInputStream(), out);
            Thread errReader = drain(process.getErrorStream(), err);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            outReader.join();
            errReader.join();
            int exit = process.isAlive() ? -1 : process.exitValue();
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + executable, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running ffmpeg", e);
        }
    }

    private static Thread drain(InputStream in, ByteArrayOutputStream sink) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(sink);
            } catch (IOException e) {
                // the process ended; what was read is kept
            }
        }, "ffmpeg-output");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
