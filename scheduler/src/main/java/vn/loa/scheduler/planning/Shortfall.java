package vn.loa.scheduler.planning;

import java.time.LocalDate;

/**
 * What one campaign needed at one station on one day and what the windows gave it.
 *
 * @param neededAirings    airings the target asks for that day (less those a planner removed by hand)
 * @param plannedAirings   airings the schedule holds
 * @param availableMinutes window minutes of the station that day
 * @param relayMinutes     of those, minutes the relays (tiếp âm) take; programs are packed in the rest
 * @param notScheduled     why nothing is asked that day (no window, a day off, a pause), in Vietnamese; null
 *                         on a day that is planned
 */
public record Shortfall(long campaignId, long stationId, LocalDate day, int neededAirings, int plannedAirings,
                        double neededMinutes, double plannedMinutes, double availableMinutes, double relayMinutes,
                        String notScheduled) {

    public Shortfall(long campaignId, long stationId, LocalDate day, int neededAirings, int plannedAirings,
                     double neededMinutes, double plannedMinutes, double availableMinutes) {
        this(campaignId, stationId, day, neededAirings, plannedAirings, neededMinutes, plannedMinutes, availableMinutes, 0, null);
    }

    /** A day the campaign asks nothing of the station: not short, not scheduled. */
    static Shortfall notScheduled(long campaignId, long stationId, LocalDate day, String why) {
        return new Shortfall(campaignId, stationId, day, 0, 0, 0, 0, 0, 0, why);
    }

    public int missingAirings() {
        return neededAirings - plannedAirings;
    }
}
