package vn.loa.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Decodes a whole source file once, with errors fatal ({@code -err_detect explode -xerror}), and in
 * the same pass measures silence and loudness. Refuses what cannot be a program: an empty file, a file
 * with no audio stream, one that does not decode to the end, one shorter than its header says
 * (truncated), or one that is more than 90 % silence.
 */
public final class AudioAnalyzer {

    static final double MAX_SILENT_SHARE = 0.9;
    private static final int COUNTING_RATE = 48_000;
    private static final double TRUNCATION_TOLERANCE_SECONDS = 0.5;

    private final Ffmpeg ffmpeg;
    private final LoudnessTarget target;
    private final RenditionFormat format;

    /** @param format the rendition's: loudness is measured on its channel mix (out-of-phase stereo loses level in mono) */
    public AudioAnalyzer(Ffmpeg ffmpeg, LoudnessTarget target, RenditionFormat format) {
        this.ffmpeg = ffmpeg;
        this.target = target;
        this.format = format;
    }

    public AudioAnalysis analyze(Path source) {
        refuseEmpty(source);
        Ffmpeg.Run run = ffmpeg.run(List.of("-nostats", "-v", "info", "-err_detect", "explode", "-xerror",
                "-i", Ffmpeg.url(source), "-map", "0:a:0", "-vn",
                // aresample pins the rate astats counts at; filter negotiation would otherwise give it loudnorm's.
                "-af", Renderer.mix(format, COUNTING_RATE) + "aresample=" + COUNTING_RATE + ",aformat=sample_rates=" + COUNTING_RATE
                        + ",silencedetect=noise=-50dB:d=0.5,astats=measure_perchannel=none:measure_overall=Number_of_samples,"
                        + loudnorm(target) + ":print_format=json",
                "-progress", "pipe:1", "-f", "null", "-"), 900);
        if (!FfmpegReport.hasAudioStream(run.stderr())) {
            boolean readable = run.stderr().contains("Input #0");
            throw new MediaException(source, "probe", readable ? "no_audio" : "not_audio",
                    readable ? "Tệp không có kênh âm thanh (có thể là video hoặc ảnh). Hãy tải lên tệp âm thanh."
                            : "Tệp không phải âm thanh đọc được. Hãy tải lên MP3, WAV, M4A, OGG/Opus hoặc FLAC.",
                    readable ? "The file has no audio stream (perhaps video or an image). Upload an audio file."
                            : "The file is not readable audio. Upload MP3, WAV, M4A, OGG/Opus or FLAC.",
                    run.exitCode(), run.stderrTail());
        }
        AudioProbe probe = FfmpegReport.probe(run.stderr());
        double decoded = FfmpegReport.decodedSeconds(run.stderr(), COUNTING_RATE, run.stdout());
        if (run.exitCode() != 0) {
            throw new MediaException(source, "decode", "corrupt",
                    "Tệp âm thanh bị hỏng: không giải mã được đến hết (sau " + DurationPolicy.clock(decoded)
                            + "). Hãy xuất lại tệp từ phần mềm dựng.",
                    "The audio is corrupt: it does not decode to the end (stopped after " + DurationPolicy.clock(decoded)
                            + "). Export the file again.", run.exitCode(), run.stderrTail());
        }
        if (probe.declaredSeconds() > 0 && decoded + TRUNCATION_TOLERANCE_SECONDS < probe.declaredSeconds()) {
            throw MediaException.refused(source, "decode", "truncated",
                    "Tệp bị cắt cụt: tiêu đề ghi " + DurationPolicy.clock(probe.declaredSeconds()) + " nhưng chỉ giải mã được "
                            + DurationPolicy.clock(decoded) + ". Hãy chép lại tệp đầy đủ.",
                    "The file is truncated: its header says " + DurationPolicy.clock(probe.declaredSeconds())
                            + " but only " + DurationPolicy.clock(decoded) + " decodes. Copy the complete file again.");
        }
        AudioAnalysis analysis = new AudioAnalysis(probe, decoded, FfmpegReport.silence(run.stderr(), decoded),
                FfmpegReport.loudnorm(run.stderr()));
        if (analysis.silentShare() > MAX_SILENT_SHARE) {
            throw MediaException.refused(source, "silence", "mostly_silent",
                    String.format(Locale.ROOT, "Tệp gần như im lặng (%.0f%% là khoảng lặng). Có thể đã xuất nhầm rãnh"
                            + " hoặc tắt tiếng; hãy kiểm tra lại.", analysis.silentShare() * 100),
                    String.format(Locale.ROOT, "The file is almost silent (%.0f%% silence). A muted or wrong track may"
                            + " have been exported; check it.", analysis.silentShare() * 100));
        }
        return analysis;
    }

    static String loudnorm(LoudnessTarget t) {
        return String.format(Locale.ROOT, "loudnorm=I=%.1f:TP=%.1f:LRA=%.1f", t.integratedLufs(), t.truePeakDbtp(),
                t.rangeLu());
    }

    private static void refuseEmpty(Path source) {
        try {
            if (Files.size(source) == 0) {
                throw MediaException.refused(source, "probe", "empty_file", "Tệp rỗng (0 byte). Hãy chép lại tệp.",
                        "The file is empty (0 bytes). Copy it again.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }
}
