package vn.loa.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The whole way from an uploaded file to a stored broadcast rendition: analyse (decode fully, check,
 * measure), apply the duration rule to the trimmed length, render, measure the result, tag it, store it
 * by content. Any refusal leaves nothing behind. Thread-safe; each call is one file.
 */
public final class Ingest {

    /** What the uploader tells about the file. */
    public record Request(long programId, String title, String producer, DurationPolicy policy, String durationWaiver) {
    }

    /** What came out. */
    public record Result(AudioProbe source, double sourceSeconds, double renditionSeconds, Loudness before,
                         Loudness after, ContentStore.Stored rendition) {
    }

    private final AudioAnalyzer analyzer;
    private final Renderer renderer;
    private final ContentStore store;
    private final RenditionFormat format;
    private final LoudnessTarget target;

    public Ingest(Ffmpeg ffmpeg, ContentStore store, LoudnessTarget target, RenditionFormat format) {
        this.analyzer = new AudioAnalyzer(ffmpeg, target, format);
        this.target = target;
        this.renderer = new Renderer(ffmpeg, format);
        this.store = store;
        this.format = format;
    }

    /** The steps an upload goes through, in order, for a planner watching it. */
    public enum Stage { ANALYSING, LEVELLING, STORING }

    public Result run(Path source, Request request) {
        return run(source, request, stage -> { });
    }

    /** The same, telling {@code stage} as each step begins (on the calling thread). */
    public Result run(Path source, Request request, Consumer<Stage> stage) {
        stage.accept(Stage.ANALYSING);
        AudioAnalysis analysis = analyzer.analyze(source);
        double[] trim = Renderer.trim(analysis);
        double trimmedSeconds = trim[1] - trim[0];
        request.policy().check(source, trimmedSeconds, request.durationWaiver());
        Path temp = store.newTempFile("." + format.extension());
        try {
            stage.accept(Stage.LEVELLING);
            LevellingPlan plan = new LevellingPlan(target, analysis.loudness());
            Levelling level = plan.first();
            renderer.render(source, analysis, level, temp);
            Loudness after = renderer.measure(temp);
            for (Optional<Levelling> next = plan.next(level, after); next.isPresent(); next = plan.next(level, after)) {
                level = next.get();
                renderer.render(source, analysis, level, temp);
                after = renderer.measure(temp);
            }
            stage.accept(Stage.STORING);
            RenditionTags.write(temp, request.title(), request.producer(), request.programId());
            ContentStore.Stored stored = store.put(temp, format.extension());
            return new Result(analysis.probe(), analysis.decodedSeconds(), trimmedSeconds, analysis.loudness(), after, stored);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is swept with the tmp folder; nothing refers to it
        }
    }
}
