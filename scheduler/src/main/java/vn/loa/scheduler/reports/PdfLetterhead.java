package vn.loa.scheduler.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The {@link Letterhead} on paper: the two-column heading of an administrative document and its signature block. */
final class PdfLetterhead {

    private final Font bold;
    private final Font regular;
    private final Font italic;
    private final Font small;

    PdfLetterhead(BaseFont regular, BaseFont bold, BaseFont italic) {
        this.bold = new Font(bold, 11);
        this.regular = new Font(regular, 11);
        this.italic = new Font(italic, 11);
        this.small = new Font(italic, 9);
    }

    void heading(Document pdf, Letterhead letter, String subject) throws DocumentException {
        PdfPTable top = new PdfPTable(new float[] {4, 6});
        top.setWidthPercentage(100);
        top.addCell(cell(Element.ALIGN_CENTER, line(letter.agency(), bold), underline("", bold),
                line(letter.numberLine(), regular)));
        top.addCell(cell(Element.ALIGN_CENTER, line(Letterhead.NATION, bold), underline(Letterhead.MOTTO, bold),
                line(letter.placeAndDate(), italic)));
        pdf.add(top);
        Paragraph title = new Paragraph("BÁO CÁO", new Font(bold.getBaseFont(), 15));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(14);
        pdf.add(title);
        // "Báo cáo giám sát …" under "BÁO CÁO" reads "Giám sát …"
        String about0 = subject.replaceFirst("^Báo cáo\\s+", "");
        Paragraph about = new Paragraph(Character.toUpperCase(about0.charAt(0)) + about0.substring(1), bold);
        about.setAlignment(Element.ALIGN_CENTER);
        about.setSpacingAfter(8);
        pdf.add(about);
    }

    void closing(Document pdf, Letterhead letter) throws DocumentException {
        PdfPTable end = new PdfPTable(new float[] {5, 5});
        end.setWidthPercentage(100);
        end.setSpacingBefore(18);
        end.setKeepTogether(true);
        Paragraph to = new Paragraph("Nơi nhận:", new Font(bold.getBaseFont(), 9));
        PdfPCell left = cell(Element.ALIGN_LEFT, to);
        for (String r : letter.recipients()) {
            left.addElement(new Paragraph("- " + r, new Font(regular.getBaseFont(), 9)));
        }
        end.addCell(left);
        Paragraph name = line(letter.signerName(), bold);
        name.setSpacingBefore(48);
        end.addCell(cell(Element.ALIGN_CENTER, line(letter.signerTitle(), bold),
                line("(Ký, ghi rõ họ tên, đóng dấu)", small), name));
        pdf.add(end);
    }

    private static Paragraph line(String text, Font font) {
        return new Paragraph(text, font);
    }

    private static Paragraph underline(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setUnderline(0.6f, -2f);
        return new Paragraph(new Phrase(chunk));
    }

    private static PdfPCell cell(int alignment, Paragraph... lines) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        for (Paragraph p : lines) {
            p.setAlignment(alignment);
            cell.addElement(p);
        }
        return cell;
    }
}
