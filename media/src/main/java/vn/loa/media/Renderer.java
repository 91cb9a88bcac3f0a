package vn.loa.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Makes the broadcast rendition: trims silence beyond one second at each end, normalises loudness in
 * loudnorm's second (linear) pass from the first pass's measurements, and encodes to the rendition
 * format. Then measures the result independently with the ebur128 filter.
 */
public final class Renderer {

    /** Silence kept at each end; more is cut so the loudspeakers do not hiss before a program starts. */
    static final double KEPT_SILENCE_SECONDS = 1.0;

    private final Ffmpeg ffmpeg;
    private final LoudnessTarget target;
    private final RenditionFormat format;

    public Renderer(Ffmpeg ffmpeg, LoudnessTarget target, RenditionFormat format) {
        this.ffmpeg = ffmpeg;
        this.target = target;
        this.format = format;
    }

    /** Seconds cut from the start and kept to the end, given the analysis. */
    public static double[] trim(AudioAnalysis analysis) {
        double start = Math.max(0, analysis.silence().leadingSeconds() - KEPT_SILENCE_SECONDS);
        double end = analysis.decodedSeconds() - Math.max(0, analysis.silence().trailingSeconds() - KEPT_SILENCE_SECONDS);
        return new double[] {start, Math.max(start, end)};
    }

    /** Writes the rendition of {@code source} to {@code output} (which should be a temporary name). */
    public void render(Path source, AudioAnalysis analysis, Path output) {
        double[] trim = trim(analysis);
        Loudness in = analysis.loudness();
        String filters = String.format(Locale.ROOT, "atrim=start=%.3f:end=%.3f,asetpts=PTS-STARTPTS,%s"
                        + ":measured_I=%.2f:measured_TP=%.2f:measured_LRA=%.2f:measured_thresh=%.2f:offset=%.2f:linear=true",
                trim[0], trim[1], AudioAnalyzer.loudnorm(target), finite(in.integratedLufs(), -70),
                finite(in.truePeakDbtp(), -70), finite(in.rangeLu(), 0), finite(in.thresholdLufs(), -80),
                finite(in.offsetLu(), 0));
        Ffmpeg.Run run = ffmpeg.run(List.of("-nostats", "-v", "error", "-y", "-i", Ffmpeg.url(source),
                "-map", "0:a:0", "-vn", "-map_metadata", "-1", "-af", filters,
                "-ac", String.valueOf(format.channels()), "-ar", String.valueOf(format.sampleRate()),
                "-c:a", "libmp3lame", "-b:a", format.bitrateKbps() + "k", "-f", "mp3", Ffmpeg.url(output)), 900);
        if (run.exitCode() != 0) {
            throw new MediaException(source, "render", "render_failed",
                    "Không tạo được bản phát sóng (ffmpeg lỗi " + run.exitCode() + "). Hãy báo quản trị viên.",
                    "Could not make the broadcast rendition (ffmpeg exit " + run.exitCode() + "). Tell your administrator.",
                    run.exitCode(), run.stderrTail());
        }
    }

    /** The rendition's own loudness, measured independently of loudnorm. */
    public Loudness measure(Path rendition) {
        Ffmpeg.Run run = ffmpeg.run(List.of("-nostats", "-v", "info", "-i", Ffmpeg.url(rendition),
                "-af", "ebur128=peak=true", "-f", "null", "-"), 300);
        if (run.exitCode() != 0) {
            throw new MediaException(rendition, "measure", "measure_failed", "Không đo được độ lớn bản phát sóng.",
                    "Could not measure the rendition's loudness.", run.exitCode(), run.stderrTail());
        }
        return FfmpegReport.ebur128(run.stderr());
    }

    private static double finite(double value, double fallback) {
        return Double.isFinite(value) ? value : fallback;
    }
}
