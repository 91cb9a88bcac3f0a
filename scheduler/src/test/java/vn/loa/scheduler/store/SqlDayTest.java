package vn.loa.scheduler.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reports' quick reading of stored days agrees with the calendar's parser, and refuses what it refuses. */
class SqlDayTest {

    @Test
    void everyDayOfFourYearsReadsAsTheCalendarReadsIt() {
        for (LocalDate day = LocalDate.of(2023, 1, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
            assertEquals(LocalDate.parse(day.toString()), Sql.day(day.toString()));
        }
    }

    @Test
    void whatIsNotADayIsRefusedAsTheCalendarRefusesIt() {
        for (String text : List.of("2026-02-29", "2026-13-01", "2026-00-10", "2026-1-105", "2026/01/05", "２０２６-01-05",
                "2026-01-0x", "+2026-01-05", "2026-01-05T00:00", "")) {
            assertThrows(DateTimeParseException.class, () -> Sql.day(text), text);
        }
    }
}
