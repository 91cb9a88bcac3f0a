package vn.loa.agent.playout;

import java.nio.file.Path;
import java.time.Instant;
import vn.loa.agent.time.ClockReading;

/**
 * What a sink is asked to air: a verified rendition, its planned instant and length, and the agent's clock
 * reading when it was cued, whose error bound decides how long after the planned instant it starts.
 *
 * @param clock null before the first exchange with the server: the item starts on the planned instant of a
 *              clock nobody bounded
 */
public record Cue(Path rendition, long programId, Instant plannedStart, long durationMillis, ClockReading clock) {

    /** When the audio must start on the agent's clock: never before the planned instant by the real one. */
    public Instant startAt() {
        return plannedStart.plusMillis(marginMillis());
    }

    public long marginMillis() {
        return clock == null ? 0 : clock.startMarginMillis();
    }
}
