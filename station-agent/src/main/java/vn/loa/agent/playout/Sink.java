package vn.loa.agent.playout;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Where audio goes: the sound card, an external command, or a file (tests and machines without sound). */
public interface Sink {

    /** How long before the planned start the sink wants to be started (to open the device, decode ahead). */
    default Duration lead() {
        return Duration.ZERO;
    }

    /**
     * Starts airing a verified rendition so that it is heard from {@code plannedStart} (at once when
     * that has passed). Returns at once; the airing runs on its own thread.
     */
    Airing start(Path rendition, long programId, Instant plannedStart, long durationMillis) throws IOException;

    /** One line for the heartbeat: the sink is ready, or what is wrong with it. */
    String state();
}
