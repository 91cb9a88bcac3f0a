package vn.loa.scheduler.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A table too wide for a printed page, cut into slices of columns, each slice repeating the columns that
 * name a row, so every page reads on its own: a province's hundred stations as columns would otherwise be
 * squeezed to a letter per line.
 */
final class ColumnSlices {

    private ColumnSlices() {
    }

    static List<ReportDocument.Table> of(ReportDocument.Table table, int columnsPerSlice) {
        int keys = table.keyColumns();
        int data = table.headers().size() - keys;
        if (keys == 0 || data <= columnsPerSlice) {
            return List.of(table);
        }
        int count = (data + columnsPerSlice - 1) / columnsPerSlice;
        // as even as possible, so the last page is not a lone column
        int per = (data + count - 1) / count;
        List<ReportDocument.Table> slices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int from = keys + i * per;
            int to = Math.min(table.headers().size(), from + per);
            List<String> headers = new ArrayList<>(table.headers().subList(0, keys));
            headers.addAll(table.headers().subList(from, to));
            List<List<Object>> rows = new ArrayList<>();
            for (List<Object> row : table.rows()) {
                List<Object> cut = new ArrayList<>(row.subList(0, keys));
                cut.addAll(row.subList(from, to));
                rows.add(cut);
            }
            String title = table.title() + " — phần " + (i + 1) + "/" + count + " (cột " + (from - keys + 1) + "–"
                    + (to - keys) + " trong " + data + ")";
            slices.add(new ReportDocument.Table(title, headers, rows, keys));
        }
        return slices;
    }
}
