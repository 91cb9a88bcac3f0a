package vn.loa.scheduler.planning;

import java.time.LocalDate;

/**
 * What one campaign needed at one station on one day and what the windows gave it.
 *
 * @param neededAirings    airings the target asks for that day
 * @param plannedAirings   airings the schedule holds
 * @param availableMinutes window minutes of the station that day
 */
public record Shortfall(long campaignId, long stationId, LocalDate day, int neededAirings, int plannedAirings,
                        double neededMinutes, double plannedMinutes, double availableMinutes) {

    public int missingAirings() {
        return neededAirings - plannedAirings;
    }
}
