package vn.loa.agent.playout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import vn.loa.agent.time.AgentClock;

/**
 * Writes exactly the audio that would be heard into a folder, one file per airing, in real time (by the
 * agent's clock): the rendition's bytes go out as its seconds pass, so an airing cut short leaves only
 * what was heard (and a slightly late one leaves out as much of its trailing silence, see
 * {@link Sink#airedMillis}). A line per airing in {@code timing.log} gives planned start, actual start, the
 * start error, the margin waited for the clock's error bound and the clock reading (offset, bound); a second
 * line when it ends gives the seconds played. Used by tests, the demo and PCs
 * without a sound card.
 */
public final class FileSink implements Sink {

    private static final long STEP_MILLIS = 100;

    private final Path dir;
    private final AgentClock clock;

    public FileSink(Path dir, AgentClock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    @Override
    public Airing start(Cue cue) throws IOException {
        Files.createDirectories(dir);
        long size = Files.size(cue.rendition());
        return AiringThread.start(clock, cue.durationMillis(), "loa-file-sink", airing -> {
            // the rendition is opened before the instant, the log written after the first audio: nothing
            // but the output file's creation stands between the instant and the start
            try (InputStream in = Files.newInputStream(cue.rendition())) {
                if (!clock.sleepUntil(cue.startAt(), airing::stopRequested)) {
                    return;
                }
                Instant actual = airing.started();
                String name = actual.toString().replace(':', '-') + "-program-" + cue.programId() + ".mp3";
                try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
                    log("planned=" + cue.plannedStart() + " actual=" + actual + " error_ms="
                            + Duration.between(cue.plannedStart(), actual).toMillis() + " margin_ms=" + cue.marginMillis()
                            + clockFields(cue) + " program=" + cue.programId() + " bytes=" + size + " file=" + name);
                    air(airing, cue, in, out, actual, size, name);
                }
            }
        });
    }

    /** Writes the rendition's bytes as their seconds pass, until it has aired or the airing is stopped. */
    private void air(AiringThread airing, Cue cue, InputStream in, OutputStream out, Instant actual, long size, String name)
            throws IOException, InterruptedException {
        long durationMillis = cue.durationMillis();
        long length = Sink.airedMillis(cue.startAt(), actual, durationMillis, clock.rate());
        long total = size * length / durationMillis;
        long written = 0;
        byte[] buffer = new byte[8192];
        while (true) {
            long elapsed = Duration.between(actual, clock.instant()).toMillis();
            long due = elapsed >= length ? total : size * elapsed / durationMillis;
            while (written < due) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, due - written));
                if (n < 0) {
                    throw new IOException("tệp ngắn hơn khi kiểm tra / the file shrank while airing");
                }
                out.write(buffer, 0, n);
                written += n;
            }
            out.flush();
            if (written >= total || airing.stopRequested()) {
                break;
            }
            // the last step lands on the program's end, so the next item can start on time
            Instant step = clock.instant().plusMillis((long) (STEP_MILLIS * clock.rate()));
            Instant end = actual.plusMillis(length);
            clock.sleepUntil(step.isBefore(end) ? step : end, airing::stopRequested);
        }
        log("ended program=" + cue.programId() + " file=" + name + " bytes_written=" + written + " seconds="
                + airing.secondsPlayed() + (written < total ? " cut_short" : ""));
    }

    /** The clock the start was measured on: offset and error bound, or that nobody bounded it. */
    private static String clockFields(Cue cue) {
        return cue.clock() == null ? " offset_ms=unknown bound_ms=unknown"
                : " offset_ms=" + cue.clock().offsetMillis() + " bound_ms=" + cue.clock().uncertaintyMillis();
    }

    /**
     * A relay's audio as heard: a WAV file written as the stream comes (a drop-out leaves nothing, as nothing was
     * heard), its header completed when the relay ends; a line in {@code timing.log} when it opens and closes.
     */
    @Override
    public PcmOutlet outlet(String label) throws IOException {
        Files.createDirectories(dir);
        Instant opened = clock.instant();
        String name = opened.toString().replace(':', '-') + "-" + label + ".wav";
        java.io.RandomAccessFile file = new java.io.RandomAccessFile(dir.resolve(name).toFile(), "rw");
        file.write(PcmOutlet.wavHeader(0));
        log("relay " + label + " opened=" + opened + " file=" + name);
        return new PcmOutlet() {
            private long bytes;

            @Override
            public void write(byte[] pcm, int offset, int length) throws IOException {
                file.write(pcm, offset, length);
                bytes += length;
            }

            @Override
            public void close() throws IOException {
                file.seek(0);
                file.write(PcmOutlet.wavHeader(bytes));
                file.close();
                log("relay " + label + " closed=" + clock.instant() + " file=" + name + " seconds="
                        + bytes / (double) PcmOutlet.BYTES_PER_SECOND);
            }
        };
    }

    @Override
    public String state() {
        return "tệp / file sink " + dir;
    }

    private void log(String line) throws IOException {
        Files.writeString(dir.resolve("timing.log"), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
