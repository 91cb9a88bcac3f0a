package vn.loa.scheduler.domain.reports;

import java.time.LocalDate;

/**
 * Airings (as-run records played, DESIGN §7) of one program at one place in one bucket of days, with the
 * other outcomes beside it, and the campaign's target for the cell when one was asked for and the
 * campaign sets one per program (null otherwise).
 */
public record FrequencyCell(long programId, String programTitle, String placeCode, String placeName, LocalDate bucketStart,
                            int airings, int partial, int missed, double secondsAired, Integer target) {

    public FrequencyCell withTarget(Integer value) {
        return new FrequencyCell(programId, programTitle, placeCode, placeName, bucketStart, airings, partial, missed,
                secondsAired, value);
    }
}
