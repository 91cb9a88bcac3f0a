package vn.loa.scheduler.reports;

import java.util.List;
import java.util.Locale;

/**
 * A report as every export renders it (CSV, XLSX, PDF): a title, summary lines, and tables with
 * Vietnamese headers, and the administrative form around it when it is filed. The exports differ only in
 * form, so their figures agree by construction.
 */
public record ReportDocument(String title, List<String> summary, List<Table> tables, Letterhead letterhead) {

    public ReportDocument(String title, List<String> summary, List<Table> tables) {
        this(title, summary, tables, null);
    }

    /** The same report in the administrative form, ready to sign and file. */
    public ReportDocument withLetterhead(Letterhead value) {
        return new ReportDocument(title, summary, tables, value);
    }

    /**
     * One table; a cell is text, a number, a {@link Percent}, a {@link Tally}, a date or null. The first
     * {@code keyColumns} name a row (a program, a place): a printed page too narrow for every column repeats
     * them beside each slice of the others. 0 = the table is printed whole.
     */
    public record Table(String title, List<String> headers, List<List<Object>> rows, int keyColumns) {

        public Table(String title, List<String> headers, List<List<Object>> rows) {
            this(title, headers, rows, 0);
        }
    }

    /**
     * Airings in a matrix cell with the campaign's target when one was asked for: "3/5" as text, 3 as a
     * number in a spreadsheet, coloured as the console colours it.
     */
    public record Tally(int airings, Integer target) {

        /** The console's colour key: met, half or more, under half, none; null without a target. */
        public String heat() {
            if (target == null || target == 0) {
                return null;
            }
            return airings >= target ? "met" : airings * 2 >= target ? "part" : airings > 0 ? "low" : "none";
        }

        /** The console's fill for {@link #heat()} (console.css), as RRGGBB; null without a target. */
        public String fill() {
            String heat = heat();
            return heat == null ? null : switch (heat) {
                case "met" -> "A5D6A7";
                case "part" -> "FFF59D";
                case "low" -> "FFCC80";
                default -> "EF9A9A";
            };
        }

        @Override
        public String toString() {
            return target == null ? String.valueOf(airings) : airings + "/" + target;
        }
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
