package vn.loa.scheduler.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What planners decided by hand, which the engine obeys before it fills the rest: days off, recurring
 * slots, edits of single items, and how far apart two airings of one program must be.
 *
 * @param separationSeconds per station, the least time between the starts of two airings of one program
 *                          on a day (absent or 0: none)
 */
public record Directions(List<DayOff> daysOff, List<Slot> slots, List<Edit> edits, Map<Long, Integer> separationSeconds) {

    public static final Directions NONE = new Directions(List.of(), List.of(), List.of(), Map.of());

    /**
     * A day a station airs no campaign program: a holiday or day of mourning ({@code pause} false: urgent
     * notices still air), or a station paused for repair ({@code pause} true: nothing airs, nothing is owed).
     */
    public record DayOff(long stationId, LocalDate day, boolean pause, String reason) {
    }

    /**
     * A program at a fixed time, placed before the rotation: every {@code every} days from {@code from}, or,
     * when {@code weekly}, on {@code weekdays} of every {@code every}-th week from the week of {@code from}.
     */
    public record Slot(long id, Set<Long> stationIds, long programId, int startMinute, boolean weekly,
                       Set<DayOfWeek> weekdays, int every, LocalDate from, LocalDate to, String name) {

        public boolean fallsOn(LocalDate day) {
            if (day.isBefore(from) || (to != null && day.isAfter(to))) {
                return false;
            }
            int n = Math.max(1, every);
            if (!weekly) {
                return ChronoUnit.DAYS.between(from, day) % n == 0;
            }
            long weeks = ChronoUnit.WEEKS.between(from.with(DayOfWeek.MONDAY), day.with(DayOfWeek.MONDAY));
            return weekdays.contains(day.getDayOfWeek()) && weeks % n == 0;
        }
    }

    /** ADD an airing; MOVE one of a campaign's airings of the day to another time; REMOVE one. */
    public enum EditKind { ADD, MOVE, REMOVE }

    /**
     * One hand edit of a station's day, kept across re-plans: MOVE and REMOVE take one airing of the program
     * away from what the campaign asks that day (not a shortfall: a person decided it), MOVE and ADD put one
     * at {@code atSecond} of the day.
     *
     * @param campaignId the campaign the airing counts for; null for an ADD outside any campaign
     * @param atSecond   second of the local day for ADD and MOVE; null for REMOVE
     */
    public record Edit(long id, long stationId, LocalDate day, EditKind kind, long programId, Long campaignId,
                       Integer atSecond, String reason) {
    }
}
