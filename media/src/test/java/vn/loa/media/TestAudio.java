package vn.loa.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Audio made by ffmpeg inside the tests of every module (nothing committed): a "programme" of pink noise
 * that loudnorm treats like speech, with optional silence around it, in any container; or a short clip's
 * bytes, whose {@code seed} makes different content, so different hashes.
 */
public final class TestAudio {

    public static final Ffmpeg FFMPEG = FfmpegLocator.locate(null, Path.of("target", "ffmpeg-cache"));

    private TestAudio() {
    }

    /**
     * @param codecArgs output options, e.g. {@code -c:a libmp3lame -b:a 128k}
     * @param extraArgs more output options (tags); may be empty
     */
    public static Path make(Path file, double leadingSilence, double soundSeconds, double trailingSilence, double gainDb,
                     String codecArgs, String... extraArgs) {
        String filter = String.format(Locale.ROOT,
                "anoisesrc=color=pink:amplitude=0.25:duration=%.3f:sample_rate=48000:seed=7,volume=%.1fdB",
                soundSeconds, gainDb);
        if (leadingSilence > 0) {
            filter += ",adelay=" + Math.round(leadingSilence * 1000) + ":all=1";
        }
        if (trailingSilence > 0) {
            // ffmpeg 4.4 reads pad_dur=0 as "pad forever", so the filter is left out when there is nothing to add
            filter += String.format(Locale.ROOT, ",apad=pad_dur=%.3f", trailingSilence);
        }
        List<String> args = new ArrayList<>(List.of("-y", "-v", "error", "-f", "lavfi", "-i", filter));
        args.addAll(List.of(codecArgs.split(" ")));
        args.addAll(List.of(extraArgs));
        args.add(Ffmpeg.url(file));
        Ffmpeg.Run run = FFMPEG.run(args, 300);
        if (run.exitCode() != 0) {
            throw new IllegalStateException("cannot make test audio " + file + ": " + run.stderr());
        }
        return file;
    }

    public static Path mp3(Path file, double seconds) {
        return make(file, 0, seconds, 0, 0, "-c:a libmp3lame -b:a 128k");
    }

    /** Seconds that decode from a file. */
    public static double decodedSeconds(Path file) {
        Ffmpeg.Run run = FFMPEG.run(List.of("-nostats", "-i", Ffmpeg.url(file), "-progress", "pipe:1", "-f", "null", "-"), 120);
        return FfmpegReport.decodedSeconds(run.stdout());
    }

    public static void truncate(Path file, double keepShare) {
        try (var channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate((long) (channel.size() * keepShare));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clip of pink noise, as an encoded file's bytes. */
    public static byte[] clip(double seconds, int seed, String extension, String... codecArgs) {
        try {
            Path file = Files.createTempFile("loa-test-", "." + extension);
            try {
                List<String> args = new ArrayList<>(List.of("-y", "-v", "error", "-f", "lavfi", "-i",
                        String.format(Locale.ROOT, "anoisesrc=color=pink:amplitude=0.2:duration=%.2f:sample_rate=44100:seed=%d",
                                seconds, seed)));
                args.addAll(List.of(codecArgs));
                args.add(Ffmpeg.url(file));
                Ffmpeg.Run run = FFMPEG.run(args, 120);
                if (run.exitCode() != 0) {
                    throw new IllegalStateException(run.stderr());
                }
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An MP3 clip's bytes. */
    public static byte[] mp3(double seconds, int seed) {
        return clip(seconds, seed, "mp3", "-c:a", "libmp3lame", "-b:a", "128k");
    }
}
