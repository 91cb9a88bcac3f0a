package vn.loa.scheduler.domain.reports;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import vn.loa.scheduler.domain.DomainException;

/** A log page's position: the (day, id) of its last row, written {@code 2026-11-24_1234}. */
public record LogCursor(LocalDate day, long id) {

    /** Null for the first page; a cursor nobody wrote is a 400. */
    public static LogCursor parse(String text) {
        if (text == null) {
            return null;
        }
        int cut = text.indexOf('_');
        try {
            return new LogCursor(LocalDate.parse(text.substring(0, cut)), Long.parseLong(text.substring(cut + 1)));
        } catch (RuntimeException e) {
            throw new DomainException(DomainException.Kind.INVALID, "invalid_request",
                    "Con trỏ trang 'after' không hợp lệ: " + text, "The page cursor 'after' is not valid: " + text,
                    new JsonObject().put("field", "after"));
        }
    }
}
