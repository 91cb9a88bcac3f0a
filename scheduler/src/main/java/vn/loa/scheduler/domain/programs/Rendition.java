package vn.loa.scheduler.domain.programs;

/** The broadcast rendition of a program and what ingest measured. */
public record Rendition(String contentSha256, String mediaType, long sizeBytes, long durationMillis,
                        long sourceDurationMillis, double loudnessBeforeLufs, double truePeakBeforeDbtp,
                        double loudnessAfterLufs, double truePeakAfterDbtp, double loudnessRangeLu) {
}
