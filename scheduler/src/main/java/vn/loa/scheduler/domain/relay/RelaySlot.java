package vn.loa.scheduler.domain.relay;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A source relayed at a fixed time: on {@code weekdays}, from {@code startMinute} for {@code durationMinutes},
 * {@code firstDay} to {@code lastDay}, at one station or at every station of a unit or planning group.
 *
 * @param lastDay null: no end
 * @param endedAt null while it runs; an ended slot is kept, its past relays name it
 */
public record RelaySlot(long id, long sourceId, String sourceName, String scopeCode, Long stationId, Set<DayOfWeek> weekdays,
                        int startMinute, int durationMinutes, LocalDate firstDay, LocalDate lastDay, String createdBy,
                        Instant createdAt, Instant endedAt) {

    public RelaySlot {
        weekdays = Set.copyOf(weekdays);
    }

    public int endMinute() {
        return startMinute + durationMinutes;
    }

    public boolean runsOn(LocalDate day) {
        return weekdays.contains(day.getDayOfWeek()) && !day.isBefore(firstDay) && (lastDay == null || !day.isAfter(lastDay));
    }
}
