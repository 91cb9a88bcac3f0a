package vn.loa.scheduler.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The report as a PDF for printing and filing with the monitoring report: A4 landscape, Liberation
 * Sans embedded (the PDF base fonts have no Vietnamese letters), a header row repeated on every page.
 */
public final class PdfExport {

    private static final byte[] REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final byte[] BOLD = font("liberation/LiberationSans-Bold.ttf");
    private static final byte[] ITALIC = font("liberation/LiberationSans-Italic.ttf");
    /** Columns of counts beside a table's names on an A4 landscape page before the words in them break. */
    private static final int COLUMNS_PER_PAGE = 12;

    private PdfExport() {
    }

    private static byte[] font(String resource) {
        try (InputStream in = PdfExport.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] of(ReportDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(document.title());
            pdf.addCreator("Loa");
            BaseFont regular = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, REGULAR, null);
            HeaderFooter footer = new HeaderFooter(new Phrase(document.title() + " — trang ", new Font(regular, 7.5f)), true);
            footer.setAlignment(Element.ALIGN_RIGHT);
            footer.setBorder(Rectangle.NO_BORDER);
            pdf.setFooter(footer);
            pdf.open();
            BaseFont bold = BaseFont.createFont("LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, BOLD,
                    null);
            Font title = new Font(bold, 15);
            Font heading = new Font(bold, 11);
            Font body = new Font(regular, 8.5f);
            Font head = new Font(bold, 8.5f);
            PdfLetterhead letter = document.letterhead() == null ? null : new PdfLetterhead(regular, bold,
                    BaseFont.createFont("LiberationSans-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ITALIC, null));
            if (letter != null) {
                letter.heading(pdf, document.letterhead(), document.title());
            } else {
                pdf.add(new Paragraph(document.title(), title));
            }
            for (String line : document.summary()) {
                pdf.add(new Paragraph(line, new Font(regular, 10)));
            }
            boolean first = true;
            for (ReportDocument.Table whole : document.tables()) {
                for (ReportDocument.Table table : ColumnSlices.of(whole, COLUMNS_PER_PAGE)) {
                    if (table != whole && !first) {
                        pdf.newPage();
                    }
                    first = false;
                    Paragraph caption = new Paragraph(table.title(), heading);
                    caption.setSpacingBefore(10);
                    caption.setSpacingAfter(4);
                    pdf.add(caption);
                    pdf.add(grid(table, head, body));
                }
            }
            if (letter != null) {
                letter.closing(pdf, document.letterhead());
            }
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot write the PDF: " + e.getMessage(), e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    private static PdfPTable grid(ReportDocument.Table table, Font head, Font body) throws DocumentException {
        PdfPTable grid = new PdfPTable(table.headers().size());
        grid.setWidthPercentage(100);
        grid.setHeaderRows(1);
        if (table.keyColumns() == 2) {
            // a code, a name, then narrow counts: the name gets the room
            float[] widths = new float[table.headers().size()];
            Arrays.fill(widths, 1f);
            widths[0] = 1.3f;
            widths[1] = 3.4f;
            grid.setWidths(widths);
        }
        for (String h : table.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(h, head));
            cell.setBackgroundColor(new Color(0xE8, 0xEE, 0xF4));
            grid.addCell(cell);
        }
        for (List<Object> row : table.rows()) {
            for (Object value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(Cells.text(value), body));
                if (value instanceof Number || value instanceof ReportDocument.Percent || value instanceof ReportDocument.Tally) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                if (value instanceof ReportDocument.Tally tally && tally.fill() != null) {
                    cell.setBackgroundColor(new Color(Integer.parseInt(tally.fill(), 16)));
                }
                grid.addCell(cell);
            }
        }
        return grid;
    }
}
