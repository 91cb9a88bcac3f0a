package vn.loa.scheduler.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.loa.scheduler.domain.reports.DailyCount;
import vn.loa.scheduler.planning.FrequencyTarget;

/**
 * The three target kinds counted over the same fortnight at one station that airs on weekdays: two
 * programs (one in Tày, which this station does not air), airings on some days, more than asked on one.
 */
class ComplianceTargetsTest {

    /** Monday 2 November 2026 to Sunday 15 November: ten weekdays in two ISO weeks. */
    private static final LocalDate FROM = LocalDate.of(2026, 11, 2);
    private static final LocalDate TO = LocalDate.of(2026, 11, 15);
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Compliance.StationInput STATION = new Compliance.StationInput(1, "XA-01", "Đài xã Nam Mẫu",
            WEEKDAYS, Set.of("vi"), Instant.parse("2026-11-15T10:00:00Z"), 0, null);
    private static final List<Compliance.ProgramInput> PROGRAMS = List.of(new Compliance.ProgramInput(10, "vi", null, null),
            new Compliance.ProgramInput(11, "tyz", null, null));
    /** Program 10 aired once on Mon 2, three times on Tue 3 and once on Mon 9; program 11 (not airable here) once. */
    private static final List<DailyCount> ROWS = List.of(row(2, 10, 1), row(3, 10, 3), row(9, 10, 1), row(4, 11, 1));

    private static DailyCount row(int day, long program, int played) {
        return new DailyCount(1, LocalDate.of(2026, 11, day), program, played, 0, 0);
    }

    private static Compliance.Result result(FrequencyTarget.Kind kind, int count) {
        return Compliance.compute(new FrequencyTarget(kind, count), FROM, TO, List.of(STATION), PROGRAMS, ROWS, 0.8,
                Instant.parse("2026-11-15T00:00:00Z"));
    }

    @Test
    void eachProgramEachDayCountsTheAirableProgramOnEveryWindowDayAndCapsEachDay() {
        Compliance.Result r = result(FrequencyTarget.Kind.PER_PROGRAM_PER_DAY, 1);
        assertEquals(10, r.targeted(), "ten weekdays × the one program this station can air");
        assertEquals(3, r.achieved(), "Mon 2, Tue 3 (three airings count once), Mon 9");
    }

    @Test
    void eachProgramEachWeekCountsPerIsoWeek() {
        Compliance.Result r = result(FrequencyTarget.Kind.PER_PROGRAM_PER_WEEK, 2);
        assertEquals(4, r.targeted(), "two weeks × two airings of the one program");
        assertEquals(3, r.achieved(), "week one: four airings count two; week two: one");
    }

    @Test
    void anyProgramEachDayCountsEveryAiringOfTheCampaignThatDay() {
        Compliance.Result r = result(FrequencyTarget.Kind.ANY_PER_DAY, 2);
        assertEquals(20, r.targeted(), "ten weekdays × two airings");
        assertEquals(5, r.achieved(), "Mon 2: 1; Tue 3: 2 of 3; Wed 4: 1 (program 11 is the campaign's, aired, so it counts"
                + " though this station was not asked to air it); Mon 9: 1");
    }
}
