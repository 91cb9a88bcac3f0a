package vn.loa.agent.playout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import vn.loa.agent.time.AgentClock;
import vn.loa.media.Ffmpeg;

/**
 * The PC's sound card, which feeds the amplifier. Java Sound cannot decode MP3, so ffmpeg decodes the
 * rendition to 16-bit PCM; the sink opens the line and decodes the first half second ahead of time,
 * then starts the line at the planned instant, so the audio starts on time. Without a sound card it
 * says so plainly (in the heartbeat and in each airing's record) instead of failing silently.
 */
public final class JavaSoundSink implements Sink {

    private static final AudioFormat PCM = new AudioFormat(44_100f, 16, 1, true, false);
    private static final int BYTES_PER_SECOND = 44_100 * 2;
    static final String NO_DEVICE = "Không tìm thấy card âm thanh trên máy này; hãy cắm loa/ampli hoặc dùng --sink command:… /"
            + " no sound device on this PC";

    private final Ffmpeg ffmpeg;
    private final AgentClock clock;

    public JavaSoundSink(Ffmpeg ffmpeg, AgentClock clock) {
        this.ffmpeg = ffmpeg;
        this.clock = clock;
    }

    @Override
    public Duration lead() {
        return Duration.ofMillis((long) (1500 * clock.rate()));
    }

    @Override
    public Airing start(Cue cue) {
        return AiringThread.start(clock, cue.durationMillis(), "loa-sound-card", airing -> {
            try (SourceDataLine line = openLine()) {
                Process decoder = new ProcessBuilder(List.of(ffmpeg.executable().toString(), "-v", "error", "-nostdin", "-i",
                        Ffmpeg.url(cue.rendition()), "-f", "s16le", "-ac", "1", "-ar", "44100", "pipe:1"))
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                try (InputStream pcm = decoder.getInputStream()) {
                    byte[] buffer = new byte[BYTES_PER_SECOND / 10];
                    byte[] ahead = pcm.readNBytes(BYTES_PER_SECOND / 2);
                    if (!clock.sleepUntil(cue.startAt(), airing::stopRequested)) {
                        return;
                    }
                    line.start();
                    Instant actual = airing.started();
                    long left = Sink.airedMillis(cue.startAt(), actual, cue.durationMillis(), clock.rate()) * BYTES_PER_SECOND / 1000;
                    left -= left % 2;
                    int first = (int) Math.min(ahead.length, left);
                    line.write(ahead, 0, first);
                    left -= first;
                    int n;
                    while (!airing.stopRequested() && left > 0 && (n = pcm.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                        line.write(buffer, 0, n - n % 2);
                        left -= n - n % 2;
                    }
                    if (airing.stopRequested()) {
                        line.stop();
                        line.flush();
                    } else {
                        line.drain();
                    }
                } finally {
                    decoder.toHandle().destroy();
                }
            }
        });
    }

    /** A relay's audio straight to the sound card, as it comes from the stream. */
    @Override
    public PcmOutlet outlet(String label) throws IOException {
        SourceDataLine line = openLine();
        line.start();
        return new PcmOutlet() {
            @Override
            public void write(byte[] pcm, int offset, int length) {
                line.write(pcm, offset, length - length % 2);
            }

            @Override
            public void close() {
                line.drain();
                line.close();
            }
        };
    }

    @Override
    public String state() {
        try (SourceDataLine line = openLine()) {
            return "card âm thanh / sound card: " + line.getLineInfo();
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private static SourceDataLine openLine() throws IOException {
        try {
            SourceDataLine line = AudioSystem.getSourceDataLine(PCM);
            line.open(PCM, BYTES_PER_SECOND);
            return line;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new IOException(NO_DEVICE + " (" + e.getMessage() + ")", e);
        }
    }
}
