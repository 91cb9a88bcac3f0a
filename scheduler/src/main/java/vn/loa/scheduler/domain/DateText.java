package vn.loa.scheduler.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates and instants from query parameters, bodies and forms; one the calendar does not know is a 400. */
public final class DateText {

    private DateText() {
    }

    public static LocalDate day(String field, String text, LocalDate fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalidValue(field, text, "YYYY-MM-DD, ví dụ 2026-11-22", "YYYY-MM-DD, e.g. 2026-11-22");
        }
    }

    public static Instant instant(String field, String text, Instant fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return InstantText.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalidValue(field, text, "thời điểm UTC ISO-8601, ví dụ 2026-11-22T23:00:00Z",
                    "an ISO-8601 UTC instant, e.g. 2026-11-22T23:00:00Z");
        }
    }

}
