package vn.loa.agent.playout;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/** Where audio goes: the sound card, an external command, or a file (tests and machines without sound). */
public interface Sink {

    /** How long before the planned start the sink wants to be started (to open the device, decode ahead). */
    default Duration lead() {
        return Duration.ZERO;
    }

    /**
     * Starts airing a verified rendition so that it is heard from {@link Cue#startAt} (at once when that
     * has passed). Returns at once; the airing runs on its own thread.
     */
    Airing start(Cue cue) throws IOException;

    /** The most of a late start that is caught up by cutting the rendition's trailing silence. */
    Duration CATCH_UP = Duration.ofMillis(200);
    /** Lateness below this is timer jitter: the rendition airs whole. */
    Duration JITTER = Duration.ofMillis(20);

    /**
     * How long an airing that started at {@code actualStart} lasts. Every rendition ends with one second
     * of silence, so a start 20–200 ms late (20 real milliseconds) (the previous item overran by that much) ends on time by
     * leaving out that much of the silence; back-to-back items do not drift later and later.
     */
    static long airedMillis(Instant plannedStart, Instant actualStart, long durationMillis, double clockRate) {
        long late = Duration.between(plannedStart, actualStart).toMillis();
        // on a clock faster than real time, a real millisecond of jitter is several clock milliseconds
        return late < JITTER.toMillis() * clockRate ? durationMillis : durationMillis - Math.min(late, CATCH_UP.toMillis());
    }

    /**
     * Opens the sink for a relay's live audio (decoded PCM, see {@link PcmOutlet}), heard as it is written from
     * now on; {@code label} names it in the sink's files and logs.
     */
    default PcmOutlet outlet(String label) throws IOException {
        throw new IOException("Cách phát này không tiếp âm được / this sink cannot relay a live stream");
    }

    /** One line for the heartbeat: the sink is ready, or what is wrong with it. */
    String state();
}
