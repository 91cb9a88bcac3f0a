package vn.loa.scheduler.planning;

import java.time.LocalDate;
import java.util.List;
import vn.loa.scheduler.domain.BroadcastWindow;

/**
 * A campaign as a planner writes it (kế hoạch phát sóng).
 *
 * @param targetUnits    org units whose whole subtree is targeted (codes)
 * @param targetStations single stations targeted (ids)
 * @param preferred      preferred times of day; the day of each window is ignored
 */
public record CampaignSpec(String name, String ownerUnitCode, LocalDate from, LocalDate to, Priority priority,
                           FrequencyTarget target, List<String> targetUnits, List<Long> targetStations,
                           List<Long> programIds, List<BroadcastWindow> preferred) {
}
