package vn.loa.scheduler.reports;

import java.util.List;
import java.util.Locale;

/**
 * A report as every export renders it (CSV, XLSX, PDF): a title, summary lines, and tables with
 * Vietnamese headers. The exports differ only in form, so their figures agree by construction.
 */
public record ReportDocument(String title, List<String> summary, List<Table> tables) {

    /** One table; a cell is text, a number, a {@link Percent}, a date or null. */
    public record Table(String title, List<String> headers, List<List<Object>> rows) {
    }

    /** A share shown as a percentage with one decimal (87,5 in Vietnamese). */
    public record Percent(Double share) {
        @Override
        public String toString() {
            return share == null ? "" : String.format(Locale.ROOT, "%.1f", share * 100).replace('.', ',');
        }
    }

    public static ReportDocument single(String title, Table table) {
        return new ReportDocument(title, List.of(), List.of(table));
    }
}
