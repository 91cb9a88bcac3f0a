package vn.loa.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.time.Duration;

/**
 * Ingests a generated 5-minute stereo WAV program and prints the pipeline's wall time beside the wall
 * time of the bare ffmpeg command lines it ran (replayed directly), and their ratio: what the Java side
 * costs on top of ffmpeg. Figures are printed, never asserted.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl media test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.loa.media.IngestBenchmark}
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("loa-bench-");
        Ffmpeg ffmpeg = FfmpegLocator.locate(null, dir.resolve("cache"));
        Path source = TestAudio.make(dir.resolve("chuong-trinh-5-phut.wav"), 0.5, 299, 0.5, -18, "-c:a pcm_s16le -ac 2");
        List<List<String>> commands = new ArrayList<>();
        Ingest ingest = new Ingest(ffmpeg.observed(commands::add), new ContentStore(dir.resolve("media")),
                LoudnessTarget.BROADCAST, RenditionFormat.BROADCAST);

        // the scheduler is a long-running process: class loading and the first JIT (jaudiotagger, the
        // report parsers) are paid once at start, not per upload, so a short clip warms up untimed
        Path warmUp = TestAudio.make(dir.resolve("warm-up.wav"), 0, 12, 0, -18, "-c:a pcm_s16le");
        new Ingest(ffmpeg, new ContentStore(dir.resolve("warm-up")), LoudnessTarget.BROADCAST, RenditionFormat.BROADCAST)
                .run(warmUp, new Ingest.Request(0, "Warm-up", "Loa", new DurationPolicy("warm-up", Duration.ofSeconds(1),
                        Duration.ofSeconds(60), Duration.ZERO), null));

        long start = System.nanoTime();
        Ingest.Result result = ingest.run(source, new Ingest.Request(1, "Benchmark", "Loa", DurationPolicy.PROGRAM, null));
        double pipeline = seconds(System.nanoTime() - start);

        double bare = 0;
        for (List<String> command : commands) {
            List<String> replay = new ArrayList<>(command);
            String last = replay.get(replay.size() - 1);
            if (last.startsWith("file:")) {
                replay.set(replay.size() - 1, "file:" + dir.resolve("replay.mp3"));
            }
            long t = System.nanoTime();
            Process p = new ProcessBuilder(replay).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            p.waitFor(15, TimeUnit.MINUTES);
            bare += seconds(System.nanoTime() - t);
        }
        System.out.println(ffmpeg.version());
        System.out.printf(Locale.ROOT, "source: %.1f s stereo WAV; rendition: %.1f s, %d bytes, %.1f LUFS → %.1f LUFS%n",
                result.sourceSeconds(), result.renditionSeconds(), result.rendition().sizeBytes(),
                result.before().integratedLufs(), result.after().integratedLufs());
        System.out.printf(Locale.ROOT, "pipeline wall time:        %.2f s%n", pipeline);
        System.out.printf(Locale.ROOT, "bare ffmpeg (%d commands): %.2f s%n", commands.size(), bare);
        System.out.printf(Locale.ROOT, "ratio:                     %.3f%n", pipeline / bare);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
