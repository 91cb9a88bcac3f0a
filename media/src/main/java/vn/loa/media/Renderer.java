package vn.loa.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Makes the broadcast rendition: trims silence beyond one second at each end, mixes to the rendition's
 * channels, sets the level as one {@link Levelling} says (a gain, and a true-peak limiter when needed),
 * and encodes to the rendition format. Then measures the encoded result with the ebur128 filter.
 */
public final class Renderer {

    /** Silence kept at each end; more is cut so the loudspeakers do not hiss before a program starts. */
    static final double KEPT_SILENCE_SECONDS = 1.0;

    private final Ffmpeg ffmpeg;
    private final RenditionFormat format;

    public Renderer(Ffmpeg ffmpeg, RenditionFormat format) {
        this.ffmpeg = ffmpeg;
        this.format = format;
    }

    /** Seconds cut from the start and kept to the end, given the analysis. */
    public static double[] trim(AudioAnalysis analysis) {
        double start = Math.max(0, analysis.silence().leadingSeconds() - KEPT_SILENCE_SECONDS);
        double end = analysis.decodedSeconds() - Math.max(0, analysis.silence().trailingSeconds() - KEPT_SILENCE_SECONDS);
        return new double[] {start, Math.max(start, end)};
    }

    /** The oversampled rate the limiter works at, so it catches the peaks between samples (true peak). */
    private static final int LIMITER_RATE = 176_400;

    /** Writes the rendition of {@code source} to {@code output} (which should be a temporary name). */
    public void render(Path source, AudioAnalysis analysis, Levelling level, Path output) {
        double[] trim = trim(analysis);
        String filters = String.format(Locale.ROOT, "atrim=start=%.3f:end=%.3f,asetpts=PTS-STARTPTS,%svolume=%.2fdB",
                trim[0], trim[1], mix(format, format.sampleRate()), level.gainDb());
        if (level.limited()) {
            // alimiter's auto level is off: it would raise the whole signal back up to the ceiling
            filters += String.format(Locale.ROOT, ",aresample=%d,alimiter=limit=%.5f:level=0:attack=5:release=50,aresample=%d",
                    LIMITER_RATE, Math.pow(10, level.ceilingDbtp() / 20), format.sampleRate());
        }
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

    /**
     * The channel mix of the rendition, before anything is measured or levelled: for a mono rendition the
     * average of the source's channels (out-of-phase content cancels, as it will on the horn speakers).
     * The resampler right after the mix makes ffmpeg fold down the same way in every filter chain (left
     * to negotiation, the fold-down differed by 3 dB between the analysis and the render).
     */
    static String mix(RenditionFormat format, int rate) {
        return format.channels() == 1 ? "aformat=channel_layouts=mono,aresample=" + rate + "," : "";
    }
}
