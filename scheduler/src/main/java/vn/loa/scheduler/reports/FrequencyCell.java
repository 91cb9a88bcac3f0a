package vn.loa.scheduler.reports;

import java.time.LocalDate;

/**
 * Airings (as-run records played, DESIGN §7) of one program at one place in one bucket of days, with the
 * other outcomes beside it.
 */
public record FrequencyCell(long programId, String programTitle, String placeCode, String placeName, LocalDate bucketStart,
                            int airings, int partial, int missed, double secondsAired) {
}
