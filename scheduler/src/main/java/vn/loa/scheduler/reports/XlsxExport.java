package vn.loa.scheduler.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** The console's colour key, under a matrix coloured against targets. */
    static final String LEGEND = "Chú giải màu: xanh lá = đạt chỉ tiêu; vàng = đạt một nửa trở lên; cam = dưới một nửa; "
            + "đỏ = không phát lượt nào. Chỉ tiêu của từng ô ghi trong chú thích của ô.";

    private XlsxExport() {
    }

    public static byte[] of(ReportDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Loa", "1.0");
            if (!document.summary().isEmpty()) {
                Worksheet summary = workbook.newWorksheet("Tổng hợp");
                List<String> lines = new ArrayList<>();
                Letterhead letter = document.letterhead();
                if (letter != null) {
                    lines.addAll(letter.headerLines());
                    lines.add("");
                }
                int titleRow = lines.size();
                lines.add(document.title());
                lines.addAll(document.summary());
                if (letter != null) {
                    lines.add("");
                    lines.addAll(letter.closingLines());
                }
                for (int i = 0; i < lines.size(); i++) {
                    summary.value(i, 0, lines.get(i));
                }
                summary.style(titleRow, 0).bold().set();
            }
            Set<String> names = new HashSet<>();
            for (ReportDocument.Table table : document.tables()) {
                Worksheet sheet = workbook.newWorksheet(sheetName(table.title(), names));
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.value(0, c, table.headers().get(c));
                    sheet.style(0, c).bold().set();
                }
                boolean targets = false;
                for (int r = 0; r < table.rows().size(); r++) {
                    List<Object> row = table.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        cell(sheet, r + 1, c, row.get(c));
                        targets |= row.get(c) instanceof ReportDocument.Tally t && t.target() != null;
                    }
                }
                if (table.keyColumns() > 0) {
                    // the names stay in view while a supervisor scrolls across a hundred stations
                    sheet.freezePane(table.keyColumns(), 1);
                    sheet.width(table.keyColumns() - 1, 36);
                }
                if (targets) {
                    sheet.value(table.rows().size() + 2, 0, LEGEND);
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
        } else if (value instanceof ReportDocument.Tally tally) {
            sheet.value(r, c, tally.airings());
            if (tally.target() != null) {
                sheet.style(r, c).fillColor(tally.fill()).set();
                sheet.comment(r, c, "Chỉ tiêu: " + tally.target() + " lượt");
            }
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
