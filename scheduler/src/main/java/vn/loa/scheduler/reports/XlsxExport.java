package vn.loa.scheduler.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The report as an Excel workbook: a summary sheet, then one sheet per table, numbers as numbers (so
 * supervisors can sum them), percentages as numbers with one decimal, dates as Vietnamese text.
 */
public final class XlsxExport {

    private XlsxExport() {
    }

    public static byte[] of(ReportDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Loa", "1.0");
            if (!document.summary().isEmpty()) {
                Worksheet summary = workbook.newWorksheet("Tổng hợp");
                summary.value(0, 0, document.title());
                summary.style(0, 0).bold().set();
                for (int i = 0; i < document.summary().size(); i++) {
                    summary.value(i + 1, 0, document.summary().get(i));
                }
            }
            Set<String> names = new HashSet<>();
            for (ReportDocument.Table table : document.tables()) {
                Worksheet sheet = workbook.newWorksheet(sheetName(table.title(), names));
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.value(0, c, table.headers().get(c));
                    sheet.style(0, c).bold().set();
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    List<Object> row = table.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        cell(sheet, r + 1, c, row.get(c));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(r, c, number);
        } else if (value instanceof ReportDocument.Percent p) {
            if (p.share() != null) {
                sheet.value(r, c, Math.round(p.share() * 1000) / 10.0);
                sheet.style(r, c).format("0.0").set();
            }
        } else if (value instanceof LocalDate || value instanceof Instant) {
            sheet.value(r, c, Cells.text(value));
        } else {
            sheet.value(r, c, value.toString());
        }
    }

    /** Excel allows 31 characters and no []:*?/\ in a sheet name, and names must differ. */
    private static String sheetName(String title, Set<String> taken) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
        String name = clean.length() > 31 ? clean.substring(0, 31).strip() : clean;
        for (int n = 2; !taken.add(name); n++) {
            String suffix = " (" + n + ")";
            name = (clean.length() > 31 - suffix.length() ? clean.substring(0, 31 - suffix.length()) : clean) + suffix;
        }
        return name;
    }
}
