package vn.loa.scheduler.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.loa.scheduler.domain.reports.FrequencyCell;

/**
 * The frequency as a matrix, as supervisors lay it out in Excel: a row per program, a column per place,
 * airings summed over the period (with the campaign's target beside them when one was asked for), and a
 * total per row and per column. Printed, a province's hundred stations cannot be columns of an A4 page, so
 * the printed matrix turns round when there are more places than programs: a row per place, which runs
 * onto as many pages as it needs, and the programs across.
 */
public final class FrequencyMatrix {

    private FrequencyMatrix() {
    }

    /** For the screen's spreadsheet exports: programs down, places across. */
    public static ReportDocument of(List<FrequencyCell> cells, LocalDate from, LocalDate to) {
        return of(cells, from, to, false);
    }

    /** For paper: places down when there are more places than programs. */
    public static ReportDocument forPrint(List<FrequencyCell> cells, LocalDate from, LocalDate to) {
        return of(cells, from, to, true);
    }

    private static ReportDocument of(List<FrequencyCell> cells, LocalDate from, LocalDate to, boolean forPrint) {
        TreeMap<String, String> places = new TreeMap<>();
        Map<Long, String> titles = new LinkedHashMap<>();
        Map<String, Integer> airings = new HashMap<>();
        Map<String, Integer> targets = new HashMap<>();
        cells.stream().sorted(Comparator.comparing((FrequencyCell c) -> c.programTitle() == null ? "" : c.programTitle())
                .thenComparingLong(FrequencyCell::programId)).forEach(c -> {
                    places.put(c.placeCode(), c.placeName());
                    titles.put(c.programId(), c.programTitle() == null ? "" : c.programTitle());
                    airings.merge(c.programId() + "|" + c.placeCode(), c.airings(), Integer::sum);
                    if (c.target() != null) {
                        targets.merge(c.programId() + "|" + c.placeCode(), c.target(), Integer::sum);
                    }
                });
        boolean placesDown = forPrint && places.size() > titles.size();
        List<String> headers = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        if (placesDown) {
            headers.addAll(List.of("Mã địa bàn", "Địa bàn"));
            titles.forEach((program, title) -> headers.add(title + " (#" + program + ")"));
            places.forEach((code, name) -> rows.add(row(List.of(code, name), titles.keySet().stream()
                    .map(program -> tally(program, code, airings, targets)).toList())));
        } else {
            headers.addAll(List.of("Mã chương trình", "Chương trình"));
            places.forEach((code, name) -> headers.add(name + " (" + code + ")"));
            titles.forEach((program, title) -> rows.add(row(List.of(program, title), places.keySet().stream()
                    .map(code -> tally(program, code, airings, targets)).toList())));
        }
        headers.add("Tổng");
        rows.add(totals(rows, headers.size()));
        return ReportDocument.single("Ma trận tần suất phát sóng — " + ReportTables.period(from, to),
                new ReportDocument.Table("Ma trận tần suất", headers, rows, 2));
    }

    private static ReportDocument.Tally tally(long program, String place, Map<String, Integer> airings,
                                              Map<String, Integer> targets) {
        String key = program + "|" + place;
        return new ReportDocument.Tally(airings.getOrDefault(key, 0), targets.get(key));
    }

    private static List<Object> row(List<Object> names, List<ReportDocument.Tally> tallies) {
        List<Object> row = new ArrayList<>(names);
        row.addAll(tallies);
        row.add(tallies.stream().mapToInt(ReportDocument.Tally::airings).sum());
        return row;
    }

    /** The row of column totals under the key columns' "Tổng". */
    private static List<Object> totals(List<List<Object>> rows, int width) {
        List<Object> totals = new ArrayList<>(List.of("", "Tổng"));
        for (int c = 2; c < width; c++) {
            int sum = 0;
            for (List<Object> row : rows) {
                Object cell = row.get(c);
                sum += cell instanceof ReportDocument.Tally t ? t.airings() : (Integer) cell;
            }
            totals.add(sum);
        }
        return totals;
    }
}
