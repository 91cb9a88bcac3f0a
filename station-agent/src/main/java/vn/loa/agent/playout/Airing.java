package vn.loa.agent.playout;

import java.time.Instant;
import java.util.Optional;

/** One program going out through a sink. */
public interface Airing {

    /** Waits up to {@code millis} of real time; true once the airing has ended (finished, stopped or failed). */
    boolean await(long millis) throws InterruptedException;

    /** Cuts the airing short (an urgent notice, the agent stopping); returns once it is silent. */
    void stop();

    /** When the first audio went out, or null when none did. */
    Instant actualStart();

    /** When the last audio went out (now, while it is still playing), or null when none did. */
    Instant actualEnd();

    double secondsPlayed();

    /** Why the airing failed (device, command), when it did. */
    Optional<String> failure();
}
