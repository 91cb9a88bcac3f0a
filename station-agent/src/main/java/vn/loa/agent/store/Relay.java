package vn.loa.agent.store;

import java.time.Instant;

/**
 * A relay of the station's day as this PC keeps it: a live stream aired from {@code plannedStart} for
 * {@code durationMillis}, and the program to air when the stream cannot be had (null sha: silence).
 */
public record Relay(long id, Instant plannedStart, long durationMillis, long sourceId, String sourceName, String url,
                    Long fallbackProgramId, String fallbackSha256, long fallbackDurationMillis) {

    public Instant plannedEnd() {
        return plannedStart.plusMillis(durationMillis);
    }

    public boolean hasFallbackProgram() {
        return fallbackSha256 != null;
    }
}
