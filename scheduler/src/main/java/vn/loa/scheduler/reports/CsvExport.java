package vn.loa.scheduler.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV that Excel opens with Vietnamese intact: UTF-8 with a byte-order mark, comma-separated, CRLF. */
public final class CsvExport {

    private CsvExport() {
    }

    public static String of(List<String> headers, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(headers.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
