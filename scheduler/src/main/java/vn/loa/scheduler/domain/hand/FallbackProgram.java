package vn.loa.scheduler.domain.hand;

/** One program of a fallback playlist, with the rendition an agent caches and airs. */
public record FallbackProgram(long programId, String title, String contentSha256, long durationMillis) {
}
