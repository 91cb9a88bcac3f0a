package vn.loa.scheduler.domain.hand;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A program at a fixed time, as stored: every {@code every} days from {@code firstDay}, or, when
 * {@code weekly}, on {@code weekdays} of every {@code every}-th week; for a unit's or group's stations, or one.
 *
 * @param lastDay null: no end
 */
public record RecurringSlot(long id, String name, long programId, String scopeCode, Long stationId, int startMinute,
                            boolean weekly, Set<DayOfWeek> weekdays, int every, LocalDate firstDay, LocalDate lastDay,
                            String createdBy, Instant createdAt) {

    public RecurringSlot {
        weekdays = Set.copyOf(weekdays);
    }
}
