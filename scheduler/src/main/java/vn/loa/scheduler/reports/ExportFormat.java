package vn.loa.scheduler.reports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The export formats a report can be downloaded in. */
public enum ExportFormat {
    CSV("text/csv; charset=utf-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    public final String contentType;
    public final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The format asked for, or null for JSON. */
    public static ExportFormat parse(String value) {
        return value == null || value.equals("json") ? null : valueOf(value.toUpperCase(Locale.ROOT));
    }

    public byte[] render(ReportDocument document) {
        return switch (this) {
            case CSV -> CsvExport.of(document).getBytes(StandardCharsets.UTF_8);
            case XLSX -> XlsxExport.of(document);
            case PDF -> PdfExport.of(document);
        };
    }
}
