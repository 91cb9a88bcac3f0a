package vn.loa.media;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rendition within 1 LU of −16 LUFS and never above −1.5 dBTP, as measured on the encoded MP3 by
 * ffmpeg's ebur128 filter (run here, not by the pipeline): Vietnamese speech from espeak-ng in each format
 * the README lists, very quiet, very loud and clipped, and music-like material, mono and stereo with
 * content out of phase.
 */
class LoudnessTargetTest {

    private static final DurationPolicy SHORT = new DurationPolicy("thử", Duration.ofSeconds(10), Duration.ofSeconds(60),
            Duration.ofSeconds(60));

    @TempDir
    static Path dir;
    private static Path speech;

    @BeforeAll
    static void speak() throws Exception {
        speech = Speech.wav(dir.resolve("speech.wav"), 24);
    }

    static Stream<Arguments> sources() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("speech, MP3 CBR 128k", List.of("-c:a", "libmp3lame", "-b:a", "128k"), "mp3", 0.0, false));
        cases.add(Arguments.of("speech, MP3 VBR", List.of("-c:a", "libmp3lame", "-q:a", "4"), "mp3", 0.0, false));
        cases.add(Arguments.of("speech, WAV 16-bit 44.1 kHz", List.of("-c:a", "pcm_s16le", "-ar", "44100"), "wav", 0.0, false));
        cases.add(Arguments.of("speech, WAV 24-bit 48 kHz stereo", List.of("-c:a", "pcm_s24le", "-ar", "48000", "-ac", "2"),
                "wav", 0.0, false));
        cases.add(Arguments.of("speech, WAV 8-bit 8 kHz", List.of("-c:a", "pcm_u8", "-ar", "8000"), "wav", 0.0, false));
        cases.add(Arguments.of("speech, M4A AAC", List.of("-c:a", "aac", "-b:a", "96k"), "m4a", 0.0, false));
        cases.add(Arguments.of("speech, Opus", List.of("-c:a", "libopus", "-b:a", "48k"), "opus", 0.0, false));
        cases.add(Arguments.of("speech, FLAC", List.of("-c:a", "flac"), "flac", 0.0, false));
        cases.add(Arguments.of("speech, very quiet (about −40 LUFS)", List.of("-c:a", "pcm_s16le"), "wav", -21.0, false));
        cases.add(Arguments.of("speech, very loud and clipped", List.of("-c:a", "pcm_s16le"), "wav", 18.0, false));
        cases.add(Arguments.of("music-like, stereo with one voice out of phase", List.of("-c:a", "pcm_s16le"), "wav", 0.0, true));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void theEncodedRenditionIsOnTargetAndUnderTheCeiling(String name, List<String> codec, String extension, double gainDb,
                                                         boolean music) throws Exception {
        Path source = dir.resolve(name.replaceAll("[^a-zA-Z0-9]+", "-") + "." + extension);
        List<String> args = new ArrayList<>(List.of("-y", "-v", "error"));
        if (music) {
            // two tones and pink noise; the upper tone is inverted on the right channel, so it vanishes in mono
            args.addAll(List.of("-f", "lavfi", "-i", "aevalsrc=exprs='0.3*sin(2*PI*220*t)+0.25*sin(2*PI*660*t)+0.1*(random(0)-0.5)"
                    + "|0.3*sin(2*PI*220*t)-0.25*sin(2*PI*660*t)+0.1*(random(1)-0.5)':s=44100:d=24"));
        } else {
            args.addAll(List.of("-i", Ffmpeg.url(speech)));
            if (gainDb != 0) {
                // a clipped master: gained, then hard-limited at full scale as a careless export would
                args.addAll(List.of("-af", String.format(Locale.ROOT, "volume=%.1fdB%s", gainDb, gainDb > 0 ? ",alimiter=limit=1:level=0" : "")));
            }
        }
        args.addAll(codec);
        args.add(Ffmpeg.url(source));
        Ffmpeg.Run made = TestAudio.FFMPEG.run(args, 120);
        assertTrue(made.exitCode() == 0, made.stderr());

        ContentStore store = new ContentStore(Files.createDirectories(dir.resolve("media-" + source.getFileName())));
        Ingest.Result result = new Ingest(TestAudio.FFMPEG, store, LoudnessTarget.BROADCAST, RenditionFormat.BROADCAST)
                .run(source, new Ingest.Request(1, name, "Đài xã Nam Mẫu", SHORT, null));
        double[] measured = ebur128(result.rendition().path());
        String what = String.format(Locale.ROOT, "%s: source %.1f LUFS %.1f dBTP -> rendition %.1f LUFS %.1f dBTP", name,
                result.before().integratedLufs(), result.before().truePeakDbtp(), measured[0], measured[1]);
        System.out.println("[loudness] " + what);
        assertTrue(Math.abs(measured[0] + 16) <= 1.0, "integrated within −16 ± 1 LU: " + what);
        assertTrue(measured[1] <= -1.5, "true peak at or under −1.5 dBTP: " + what);
    }

    /** Integrated loudness and true peak of a file, by ffmpeg's ebur128 filter with true peak on. */
    private static double[] ebur128(Path file) {
        Ffmpeg.Run run = TestAudio.FFMPEG.run(List.of("-nostats", "-i", Ffmpeg.url(file), "-af", "ebur128=peak=true", "-f",
                "null", "-"), 120);
        String summary = run.stderr().substring(run.stderr().lastIndexOf("Summary:"));
        double integrated = Double.parseDouble(summary.replaceAll("(?s).*\\bI:\\s+(-?[0-9.]+) LUFS.*", "$1"));
        double peak = Double.parseDouble(summary.replaceAll("(?s).*\\bPeak:\\s+(-?[0-9.]+|-inf) dBFS.*", "$1"));
        return new double[] {integrated, peak};
    }
}
