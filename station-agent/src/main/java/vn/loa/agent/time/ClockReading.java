package vn.loa.agent.time;

/**
 * The agent's clock at one moment: how far the server's clock is ahead of this PC's, and the error bound of
 * that reading. An item is started {@link #startMarginMillis} after its planned instant on this clock, so
 * that, the bound being small, it is never heard before its instant by the server's real clock (broadcast
 * playout is late by a few milliseconds, never early: the end of a relay is not cut).
 *
 * @param uncertaintyMillis half the believed exchange's round trip, plus what a slew under way has still to
 *                          correct
 */
public record ClockReading(long offsetMillis, long uncertaintyMillis) {

    /**
     * Up to this bound an item waits the whole bound out and is never early. A larger bound (a bad link)
     * is reported (heartbeat, station page, each record) and waited out only this far: the item may then be
     * early by the rest, but is never made later than this by the wait.
     */
    public static final long NEVER_EARLY_MAX_MILLIS = 20;

    /** How long after its planned instant (on this clock) an item starts. */
    public long startMarginMillis() {
        return Math.min(uncertaintyMillis, NEVER_EARLY_MAX_MILLIS);
    }
}
