package vn.loa.scheduler.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.loa.scheduler.domain.MinuteOfDay;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.Weekdays;
import vn.loa.scheduler.domain.relay.RelaySlot;
import vn.loa.scheduler.domain.relay.RelaySource;
import vn.loa.scheduler.store.Repositories;

/** Gathers what {@link RelayCompliance} needs for one relay source (or one of its slots) within a scope and period. */
public final class RelayComplianceReport {

    /**
     * @param slot null: every slot of the source
     * @param to   the last day measured (the period asked for, ending today at the latest)
     */
    public record Report(RelaySource source, RelaySlot slot, LocalDate from, LocalDate to, RelayCompliance.Result result) {
    }

    private RelayComplianceReport() {
    }

    /** "06:00–06:30, T2, T3, T4"-like words for a slot, as the reports name it. */
    public static String slotText(RelaySlot slot) {
        return MinuteOfDay.format(slot.startMinute()) + "–" + MinuteOfDay.format(slot.endMinute()) + ", "
                + Weekdays.vietnamese(slot.weekdays());
    }

    public static Report build(Repositories r, RelaySource source, RelaySlot slot, List<Station> stations, LocalDate from,
                               LocalDate to, LocalDate today, double threshold, Instant now, Duration silentAfter) {
        LocalDate end = to.isAfter(today) ? today : to;
        List<RelayCompliance.StationInput> inputs = stations.stream().map(s -> new RelayCompliance.StationInput(s.id(), s.spec().code(), s.spec().name())).toList();
        RelayCompliance.Result result = RelayCompliance.compute(source.id(), slot == null ? null : slot.id(), inputs,
                id -> end.isBefore(from) ? List.of() : r.relays().airings(id, from, end),
                id -> r.agentReports().heartbeats(id, 1).stream().map(Map.Entry::getKey).findFirst().orElse(null),
                now, threshold, now.minus(silentAfter));
        return new Report(source, slot, from, end, result);
    }
}
