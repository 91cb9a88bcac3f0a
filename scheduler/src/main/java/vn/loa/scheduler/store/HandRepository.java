package vn.loa.scheduler.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.hand.DayOff;
import vn.loa.scheduler.domain.hand.RecurringSlot;
import vn.loa.scheduler.domain.hand.ScheduleEdit;

/** What planners decided by hand: edits of single airings, days off, recurring slots. */
public interface HandRepository {

    long insertEdit(ScheduleEdit edit);

    Optional<ScheduleEdit> edit(long id);

    /** The edits in force at a station on the days {@code from}..{@code to}, oldest first. */
    List<ScheduleEdit> edits(long stationId, LocalDate from, LocalDate to);

    /** Every edit in force on the days {@code from}..{@code to}, for the engine. */
    List<ScheduleEdit> edits(LocalDate from, LocalDate to);

    void withdrawEdit(long id, Instant at, String by);

    /** @param scopeCode a unit's or group's code, or null with {@code stationId} */
    long insertDayOff(DayOff dayOff);

    Optional<DayOff> dayOff(long id);

    /** Days off in force overlapping {@code from}..{@code to}, earliest first. */
    List<DayOff> daysOff(LocalDate from, LocalDate to);

    void withdrawDayOff(long id, Instant at);

    long insertSlot(RecurringSlot slot);

    Optional<RecurringSlot> slot(long id);

    /** Slots not retired that may fall on {@code from}..{@code to}. */
    List<RecurringSlot> slots(LocalDate from, LocalDate to);

    void retireSlot(long id, Instant at);
}
