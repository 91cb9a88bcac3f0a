package vn.loa.agent.playout;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/** Where audio goes: the sound card, an external command, or a file (tests and machines without sound). */
public interface Sink {

    /**
     * Plays a verified rendition, starting at {@code actualStart}.
     *
     * @return seconds actually played
     */
    double play(Path rendition, long programId, Instant plannedStart, Instant actualStart, long durationMillis)
            throws IOException;
}
