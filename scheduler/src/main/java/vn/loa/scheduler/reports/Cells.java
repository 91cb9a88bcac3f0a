package vn.loa.scheduler.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How a cell reads in an export: Vietnamese dates (dd/MM/yyyy), times in Hà Nội time, decimal commas. */
final class Cells {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private Cells() {
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return DAY.format(d);
        }
        if (value instanceof Instant i) {
            return TIME.format(i);
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue())
                    : String.valueOf(d).replace('.', ',');
        }
        return value.toString();
    }
}
