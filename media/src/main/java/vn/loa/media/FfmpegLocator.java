package vn.loa.media;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds a working ffmpeg: the configured path, then {@code ffmpeg} on the PATH, then the static build
 * bundled from Maven Central ({@code ws.schild:jave-nativebin-linux64}, when it is on the classpath),
 * unpacked once into a cache folder. A candidate counts only if {@code ffmpeg -version} runs.
 */
public final class FfmpegLocator {

    private static final String BUNDLED = "/ws/schild/jave/nativebin/ffmpeg-amd64";

    private FfmpegLocator() {
    }

    /**
     * @param configured a path from configuration, or null
     * @param cacheDir   where the bundled binary may be unpacked
     */
    public static Ffmpeg locate(Path configured, Path cacheDir) {
        List<String> tried = new ArrayList<>();
        if (configured != null) {
            Ffmpeg f = tryRun(configured, tried);
            if (f != null) {
                return f;
            }
            throw missing(tried);
        }
        String pathVariable = System.getenv("PATH");
        if (pathVariable != null) {
            for (String dir : pathVariable.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(dir, "ffmpeg");
                if (Files.isExecutable(candidate)) {
                    Ffmpeg f = tryRun(candidate, tried);
                    if (f != null) {
                        return f;
                    }
                }
            }
        }
        Path bundled = unpackBundled(cacheDir, tried);
        if (bundled != null) {
            Ffmpeg f = tryRun(bundled, tried);
            if (f != null) {
                return f;
            }
        }
        throw missing(tried);
    }

    /** The bundled build alone, when it is on the classpath and runs here. */
    static Optional<Ffmpeg> bundled(Path cacheDir) {
        List<String> tried = new ArrayList<>();
        Path path = unpackBundled(cacheDir, tried);
        return path == null ? Optional.empty() : Optional.ofNullable(tryRun(path, tried));
    }

    private static Ffmpeg tryRun(Path candidate, List<String> tried) {
        try {
            Process p = new ProcessBuilder(candidate.toString(), "-hide_banner", "-version")
                    .redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && out.startsWith("ffmpeg version")) {
                return new Ffmpeg(candidate, out.lines().findFirst().orElse(""));
            }
            tried.add(candidate + " (exit " + p.exitValue() + ")");
        } catch (IOException e) {
            tried.add(candidate + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private static Path unpackBundled(Path cacheDir, List<String> tried) {
        try (InputStream in = FfmpegLocator.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                tried.add("bundled ffmpeg (not on the classpath)");
                return null;
            }
            Path target = cacheDir.resolve("ffmpeg-bundled-4.4.1");
            if (Files.isExecutable(target)) {
                return target;
            }
            Files.createDirectories(cacheDir);
            Path temp = Files.createTempFile(cacheDir, "ffmpeg-", ".part");
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException | UnsupportedOperationException e) {
            tried.add("bundled ffmpeg (" + e.getMessage() + ")");
            return null;
        }
    }

    private static MediaException missing(List<String> tried) {
        return new MediaException(null, "locate_ffmpeg", "ffmpeg_missing",
                "Không tìm thấy ffmpeg chạy được. Hãy cài: sudo apt-get install ffmpeg (Debian/Ubuntu), hoặc đặt"
                        + " media.ffmpeg trỏ tới tệp ffmpeg. Đã thử: " + tried,
                "No working ffmpeg found. Install it: sudo apt-get install ffmpeg (Debian/Ubuntu), or set media.ffmpeg"
                        + " to an ffmpeg binary. Tried: " + tried, -1, "");
    }
}
