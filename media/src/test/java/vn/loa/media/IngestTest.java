package vn.loa.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ingest pipeline on real ffmpeg, with short clips and the duration rule configured down to 4–10 s. */
class IngestTest {

    private static final DurationPolicy SHORT = new DurationPolicy("thử", Duration.ofSeconds(4), Duration.ofSeconds(10),
            Duration.ZERO);

    @TempDir
    Path dir;

    private ContentStore store() {
        return new ContentStore(dir.resolve("media"));
    }

    private Ingest ingest() {
        return new Ingest(TestAudio.FFMPEG, store(), LoudnessTarget.BROADCAST, RenditionFormat.BROADCAST);
    }

    private Ingest.Result run(Path source) {
        return ingest().run(source, new Ingest.Request(7, "Chương trình thử", "Trung tâm VH-TT huyện Ba Bể", SHORT, null));
    }

    private long storedFiles() throws IOException {
        Path media = dir.resolve("media");
        if (!Files.exists(media)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(media)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "mp3-cbr.mp3  | -c:a libmp3lame -b:a 128k",
            "mp3-vbr.mp3  | -c:a libmp3lame -q:a 4",
            "wav-8.wav    | -c:a pcm_u8",
            "wav-16.wav   | -c:a pcm_s16le",
            "wav-24.wav   | -c:a pcm_s24le",
            "aac.m4a      | -c:a aac -b:a 96k",
            "opus.ogg     | -c:a libopus -b:a 48k",
            "flac.flac    | -c:a flac"})
    void everyDeliveredFormatBecomesAMonoMp3AtTheTargetLoudness(String name, String codec) throws IOException {
        Path source = TestAudio.make(dir.resolve(name), 0, 6, 0, -12, codec.strip());
        Ingest.Result result = run(source);

        assertEquals(-16, result.after().integratedLufs(), 1.0, "integrated loudness within ±1 LU (ebur128)");
        assertTrue(result.after().truePeakDbtp() <= -0.5, "true peak " + result.after().truePeakDbtp());
        assertEquals(6, result.renditionSeconds(), 0.2);
        assertEquals(6, TestAudio.decodedSeconds(result.rendition().path()), 0.2);
        Files.exists(result.rendition().path());
        assertTrue(result.rendition().path().getFileName().toString().startsWith(result.rendition().sha256()));
        assertEquals(ContentStore.sha256(result.rendition().path()), result.rendition().sha256());
        assertTrue(result.rendition().sizeBytes() < 64_000 / 8 * 7, "64 kbit/s: " + result.rendition().sizeBytes());
    }

    @Test
    void loudAndQuietSourcesEndUpEquallyLoud() {
        Ingest.Result quiet = run(TestAudio.make(dir.resolve("nho.wav"), 0, 6, 0, -30, "-c:a pcm_s16le"));
        Ingest.Result loud = run(TestAudio.make(dir.resolve("to.wav"), 0, 6, 0, 0, "-c:a pcm_s16le"));
        assertTrue(loud.before().integratedLufs() - quiet.before().integratedLufs() > 20);
        assertEquals(quiet.after().integratedLufs(), loud.after().integratedLufs(), 1.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "id3v23.mp3 | -c:a libmp3lame -b:a 128k -id3v2_version 3",
            "id3v24.mp3 | -c:a libmp3lame -b:a 128k -id3v2_version 4",
            "mp4.m4a    | -c:a aac -b:a 96k",
            "vorbis.ogg | -c:a libopus -b:a 48k",
            "vorbis.flac| -c:a flac"})
    void vietnameseTagsAreReadFromTheSourceAndWrittenIntoTheRendition(String name, String codec) {
        Path source = TestAudio.make(dir.resolve(name.strip()), 0, 5, 0, -10, codec.strip(),
                "-metadata", "title=Phòng chống bão lũ — hướng dẫn của xã",
                "-metadata", "artist=Đài Phát thanh huyện Ngân Sơn");
        Ingest.Result result = run(source);
        assertEquals("Phòng chống bão lũ — hướng dẫn của xã", result.source().tags().get("title"));
        assertEquals("Đài Phát thanh huyện Ngân Sơn", result.source().tags().get("artist"));
        assertArrayEquals(new String[] {"Chương trình thử", "Trung tâm VH-TT huyện Ba Bể", "loa-program-id=7"},
                RenditionTags.read(result.rendition().path()));
    }

    @Test
    void silenceBeyondOneSecondIsTrimmedAndTheRestKeepsItsLength() {
        Ingest.Result result = run(TestAudio.make(dir.resolve("lang.wav"), 3, 5, 3, -10, "-c:a pcm_s16le"));
        assertEquals(11, result.sourceSeconds(), 0.2);
        assertEquals(7, result.renditionSeconds(), 0.2);
        assertEquals(7, TestAudio.decodedSeconds(result.rendition().path()), 0.2);
    }

    @Test
    void tooShortAndTooLongAreRefusedWithTheMeasuredDurationUnlessWaived() throws IOException {
        MediaException shortOne = assertThrows(MediaException.class, () -> run(TestAudio.mp3(dir.resolve("ngan.mp3"), 2)));
        assertEquals("too_short", shortOne.code());
        assertTrue(shortOne.getMessage().contains("0:02") && shortOne.getMessage().contains("0:04–0:10"), shortOne.getMessage());
        MediaException longOne = assertThrows(MediaException.class, () -> run(TestAudio.mp3(dir.resolve("dai.mp3"), 13)));
        assertEquals("too_long", longOne.code());
        assertEquals(0, storedFiles());

        Ingest.Result waived = ingest().run(TestAudio.mp3(dir.resolve("dai2.mp3"), 13),
                new Ingest.Request(8, "Tin khẩn", null, SHORT, "Thông báo của UBND tỉnh, phát nguyên văn"));
        assertEquals(13, waived.renditionSeconds(), 0.3);
    }

    @Test
    void nearSilentAudioIsRefused() throws IOException {
        MediaException e = assertThrows(MediaException.class,
                () -> run(TestAudio.make(dir.resolve("im.wav"), 0, 6, 0, -60, "-c:a pcm_s16le")));
        assertEquals("mostly_silent", e.code());
        assertEquals(0, storedFiles());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"cut.mp3,-c:a libmp3lame -b:a 128k", "cut.wav,-c:a pcm_s16le", "cut.flac,-c:a flac", "cut.m4a,-c:a aac"})
    void truncatedFilesAreRefused(String name, String codec) throws IOException {
        Path source = TestAudio.make(dir.resolve(name), 0, 8, 0, -10, codec);
        TestAudio.truncate(source, 0.6);
        MediaException e = assertThrows(MediaException.class, () -> run(source));
        assertTrue(Set.of("truncated", "corrupt", "not_audio", "no_audio").contains(e.code()), e.code() + ": " + e.getMessage());
        assertEquals(0, storedFiles());
    }

    @Test
    void thingsThatAreNotAudioAreRefusedWithClearMessages() throws IOException {
        Path empty = Files.createFile(dir.resolve("rong.mp3"));
        assertEquals("empty_file", assertThrows(MediaException.class, () -> run(empty)).code());

        byte[] noise = new byte[50_000];
        new Random(1).nextBytes(noise);
        Path random = Files.write(dir.resolve("ngau-nhien.mp3"), noise);
        MediaException r = assertThrows(MediaException.class, () -> run(random));
        assertTrue(Set.of("not_audio", "corrupt").contains(r.code()), r.code());

        Path script = Files.writeString(dir.resolve("script.mp3"), "#!/bin/sh\nrm -rf / --no-preserve-root\n",
                StandardCharsets.UTF_8);
        assertEquals("not_audio", assertThrows(MediaException.class, () -> run(script)).code());

        Path png = dir.resolve("anh.png");
        TestAudio.FFMPEG.run(List.of("-y", "-v", "error", "-f", "lavfi", "-i", "color=c=red:s=64x64",
                "-frames:v", "1", Ffmpeg.url(png)), 60);
        Path pngAsMp3 = Files.move(png, dir.resolve("anh.mp3"));
        MediaException p = assertThrows(MediaException.class, () -> run(pngAsMp3));
        assertTrue(p.code().equals("no_audio") || p.code().equals("not_audio"), p.code());
        assertTrue(p.getMessage().contains("âm thanh"), p.getMessage());

        Path video = dir.resolve("video.mp4");
        TestAudio.FFMPEG.run(List.of("-y", "-v", "error", "-f", "lavfi", "-i", "testsrc=d=5:s=160x120",
                "-c:v", "mpeg4", Ffmpeg.url(video)), 60);
        assertEquals("no_audio", assertThrows(MediaException.class, () -> run(video)).code());
        assertEquals(0, storedFiles());
    }

    @Test
    void theSameAudioUploadedTwiceIsStoredOnce() throws IOException {
        Path source = TestAudio.mp3(dir.resolve("mot.mp3"), 6);
        Ingest.Result first = run(source);
        Ingest.Result second = run(Files.copy(source, dir.resolve("hai.mp3")));
        assertEquals(first.rendition().sha256(), second.rendition().sha256());
        assertEquals(1, storedFiles());
    }

    @Test
    void fileNamesWithShellAndOptionCharactersAreOnlyNames() throws IOException {
        Path weird = dir.resolve("-ban tin 'xã' \"Nà Phặc\"; $(touch pwned) `id`.mp3");
        Files.copy(TestAudio.mp3(dir.resolve("ok.mp3"), 6), weird);
        Ingest.Result result = run(weird);
        assertEquals(6, result.renditionSeconds(), 0.2);
        assertTrue(Files.notExists(Path.of("pwned")) && Files.notExists(dir.resolve("pwned")));
    }

    @Test
    void aFullLengthProgramPassesTheRealThreeToFiveMinuteRule() {
        Path source = TestAudio.make(dir.resolve("chuong-trinh.mp3"), 0.5, 210, 0.5, -14, "-c:a libmp3lame -b:a 128k");
        Ingest.Result result = ingest().run(source, new Ingest.Request(9, "Mô hình giảm nghèo ở xã Cao Thượng",
                "Trung tâm VH-TT huyện Ba Bể", DurationPolicy.PROGRAM, null));
        assertEquals(211, result.renditionSeconds(), 0.3);
        assertEquals(-16, result.after().integratedLufs(), 1.0);
        assertTrue(result.rendition().sizeBytes() < 2_500_000, "under 2.5 MB: " + result.rendition().sizeBytes());
    }
}
