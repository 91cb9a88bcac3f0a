package vn.loa.scheduler.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The engine's answer: items per station and day, in order, and the feasibility of every campaign. */
public record Plan(Map<Long, Map<LocalDate, List<PlannedItem>>> items, List<Shortfall> feasibility) {

    public List<PlannedItem> itemsOf(long stationId, LocalDate day) {
        return items.getOrDefault(stationId, Map.of()).getOrDefault(day, List.of());
    }
}
