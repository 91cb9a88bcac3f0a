package vn.loa.scheduler.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that Excel opens with Vietnamese intact: UTF-8 with a byte-order mark, comma-separated, CRLF. A
 * document of one table is that table; of several, each table follows its title, with a blank line
 * between them.
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static String of(ReportDocument document) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL)) {
            Letterhead letter = document.letterhead();
            boolean single = document.tables().size() == 1 && document.summary().isEmpty() && letter == null;
            if (letter != null) {
                for (String line : letter.headerLines()) {
                    printer.printRecord(line);
                }
            }
            if (!single) {
                printer.printRecord(document.title());
                for (String line : document.summary()) {
                    printer.printRecord(line);
                }
                printer.println();
            }
            for (ReportDocument.Table table : document.tables()) {
                if (!single) {
                    printer.printRecord(table.title());
                }
                printer.printRecord(table.headers());
                for (List<Object> row : table.rows()) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(c -> cells.add(Cells.text(c)));
                    printer.printRecord(cells);
                }
                if (!single) {
                    printer.println();
                }
            }
            if (letter != null) {
                for (String line : letter.closingLines()) {
                    printer.printRecord(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
