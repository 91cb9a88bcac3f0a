package vn.loa.agent.playout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.process.CommandWords;
import vn.loa.agent.time.ClockReading;
import vn.loa.agent.time.SimulatedClock;
import vn.loa.media.TestAudio;

/** Each sink with real audio, a real external process and the machine's own sound system. */
class SinksTest {

    @TempDir
    Path dir;
    private Path rendition;
    private final SimulatedClock clock = new SimulatedClock(Instant.parse("2026-11-21T23:00:00Z"), 4);

    @BeforeEach
    void rendition() throws Exception {
        rendition = dir.resolve("bản tin.mp3");
        Files.write(rendition, TestAudio.mp3(6, 7));
    }

    @Test
    void theFileSinkWritesTheWholeProgramInItsOwnTime() throws Exception {
        Path air = dir.resolve("air");
        // the agent's clock is known to within 12 ms: the airing starts that much after its instant
        Airing airing = new FileSink(air, clock).start(new Cue(rendition, 7, clock.instant().plusMillis(400), 6000,
                new ClockReading(250, 12)));
        assertFalse(airing.await(500), "6 s of audio at four times real speed is still airing after 0.5 s");
        assertTrue(airing.await(5000));
        assertEquals(6.0, airing.secondsPlayed(), 0.01);
        assertArrayEquals(Files.readAllBytes(rendition), Files.readAllBytes(aired(air)));
        String timing = Files.readString(air.resolve("timing.log"));
        assertTrue(timing.contains(" margin_ms=12 offset_ms=250 bound_ms=12 "), "the log says what the start was measured on: " + timing);
        long error = Long.parseLong(timing.replaceAll("(?s).*error_ms=(-?\\d+).*", "$1"));
        assertTrue(error >= 12, "never before its instant plus the bound: " + error);
    }

    @Test
    void aStoppedFileSinkKeepsOnlyWhatWasHeard() throws Exception {
        Path air = dir.resolve("air");
        Airing airing = new FileSink(air, clock).start(new Cue(rendition, 7, clock.instant().plusMillis(400), 6000, null));
        Thread.sleep(500);
        airing.stop();
        double played = airing.secondsPlayed();
        assertTrue(played > 1 && played < 4, "about 2 s at four times speed: " + played);
        long heard = Files.size(aired(air));
        long whole = Files.size(rendition);
        assertEquals(whole * played / 6, heard, whole * 0.1, "the file holds the part that aired");
        assertTrue(Files.readString(air.resolve("timing.log")).contains("cut_short"));
    }

    @Test
    void theCommandSinkRunsThePlayerWithTheFileAndStopsItWhenCut() throws Exception {
        Path copy = dir.resolve("played.mp3");
        Airing done = new CommandSink("cp {file} \"" + copy + "\"", dir.resolve("command.log"), clock)
                .start(new Cue(rendition, 7, clock.instant(), 6000, null));
        assertTrue(done.await(10_000));
        assertTrue(done.failure().isEmpty(), done.failure().toString());
        assertArrayEquals(Files.readAllBytes(rendition), Files.readAllBytes(copy), "the player got the rendition's path");

        Airing long_ = new CommandSink("sleep 60", dir.resolve("command.log"), clock).start(new Cue(rendition, 7, clock.instant(), 60_000, null));
        Thread.sleep(300);
        long started = System.nanoTime();
        long_.stop();
        assertTrue(long_.await(0), "stopped");
        assertTrue(System.nanoTime() - started < 3_000_000_000L, "the player was ended at once");
        assertTrue(long_.secondsPlayed() > 0 && long_.secondsPlayed() < 10, "seconds: " + long_.secondsPlayed());

        Airing broken = new CommandSink("false", dir.resolve("command.log"), clock).start(new Cue(rendition, 7, clock.instant(), 6000, null));
        assertTrue(broken.await(10_000));
        assertTrue(broken.failure().orElseThrow().contains("mã / the player exited with code 1"), broken.failure().toString());
    }

    @Test
    void commandLinesKeepQuotedPartsTogether() {
        assertEquals(List.of("ffplay", "-nodisp", "-autoexit", "{file}"), CommandWords.split("ffplay -nodisp  -autoexit {file}"));
        assertEquals(List.of("play", "C:\\Loa\\âm thanh\\x.mp3"), CommandWords.split("play \"C:\\Loa\\âm thanh\\x.mp3\""));
    }

    @Test
    void theSoundCardSinkSaysPlainlyWhenThereIsNoSoundCardAndPlaysWhenThereIsOne() throws Exception {
        JavaSoundSink sink = new JavaSoundSink(TestAudio.FFMPEG, clock);
        Airing airing = sink.start(new Cue(rendition, 7, clock.instant(), 6000, null));
        assertTrue(airing.await(20_000));
        if (hasSoundCard()) {
            assertTrue(airing.failure().isEmpty(), airing.failure().toString());
            assertNotNull(airing.actualStart());
            assertTrue(sink.state().startsWith("card âm thanh"), sink.state());
        } else {
            assertTrue(airing.failure().orElseThrow().startsWith(JavaSoundSink.NO_DEVICE), airing.failure().toString());
            assertEquals(0, airing.secondsPlayed(), "nothing aired");
            assertTrue(sink.state().startsWith("Không tìm thấy card âm thanh"), sink.state());
        }
    }

    private static boolean hasSoundCard() {
        try (SourceDataLine line = AudioSystem.getSourceDataLine(new AudioFormat(44_100f, 16, 1, true, false))) {
            line.open();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static Path aired(Path air) throws Exception {
        try (var files = Files.list(air)) {
            return files.filter(f -> f.toString().endsWith(".mp3")).findFirst().orElseThrow();
        }
    }
}
