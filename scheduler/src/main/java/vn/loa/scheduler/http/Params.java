package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.loa.scheduler.domain.DomainException;

/** Dates and instants from query parameters and bodies; one the calendar does not know is a 400. */
final class Params {

    private Params() {
    }

    static LocalDate day(String field, String text, LocalDate fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(field, text, "YYYY-MM-DD, ví dụ 2026-11-22", "YYYY-MM-DD, e.g. 2026-11-22");
        }
    }

    static Instant instant(String field, String text, Instant fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(field, text, "thời điểm UTC ISO-8601, ví dụ 2026-11-22T23:00:00Z",
                    "an ISO-8601 UTC instant, e.g. 2026-11-22T23:00:00Z");
        }
    }

    private static DomainException bad(String field, String text, String expectedVi, String expectedEn) {
        return new DomainException(DomainException.Kind.INVALID, "invalid_request",
                "Giá trị '" + text + "' của '" + field + "' không hợp lệ; cần " + expectedVi + ".",
                "Value '" + text + "' of '" + field + "' is invalid; expected " + expectedEn + ".",
                new JsonObject().put("field", field));
    }
}
