package vn.loa.scheduler.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The engine's answer: items per station and day, in order, the relays of each station-day, and the
 * feasibility of every campaign.
 */
public record Plan(Map<Long, Map<LocalDate, List<PlannedItem>>> items, List<Shortfall> feasibility,
                   Map<Long, Map<LocalDate, List<PlannedRelay>>> relays) {

    public Plan(Map<Long, Map<LocalDate, List<PlannedItem>>> items, List<Shortfall> feasibility) {
        this(items, feasibility, Map.of());
    }

    public List<PlannedRelay> relaysOf(long stationId, LocalDate day) {
        return relays.getOrDefault(stationId, Map.of()).getOrDefault(day, List.of());
    }

    public List<PlannedItem> itemsOf(long stationId, LocalDate day) {
        return items.getOrDefault(stationId, Map.of()).getOrDefault(day, List.of());
    }
}
