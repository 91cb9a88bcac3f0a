package vn.loa.scheduler.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The administrative form a Vietnamese report is filed in (Nghị định 30/2020/NĐ-CP): the issuing agency
 * and the document's number on the left, the national motto and the place and date on the right, and at
 * the end the recipients beside the signature block. What the supervisor does not give is left blank to be
 * written by hand, as offices do with a printed form.
 */
public record Letterhead(String agency, String number, String place, LocalDate date, List<String> recipients,
                         String signerTitle, String signerName) {

    public static final String NATION = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    /** The form for a report of a scope, filled with what the supervisor gave, defaults for the rest. */
    public static Letterhead of(String scopeName, LocalDate date, String agency, String number, String place,
                                String recipients, String signerTitle, String signerName) {
        List<String> to = new ArrayList<>();
        if (blank(recipients)) {
            to.addAll(List.of("Như trên;", "Lưu: VT."));
        } else {
            for (String line : recipients.split("[\\n;]")) {
                if (!line.isBlank()) {
                    to.add(line.strip());
                }
            }
        }
        return new Letterhead(blank(agency) ? scopeName.toUpperCase(new Locale("vi")) : agency.strip(),
                blank(number) ? "" : number.strip(), blank(place) ? placeOf(scopeName) : place.strip(), date, to,
                blank(signerTitle) ? "THỦ TRƯỞNG CƠ QUAN" : signerTitle.strip(), blank(signerName) ? "" : signerName.strip());
    }

    /** "Tỉnh Thái Nguyên" is dated "Thái Nguyên, ngày …"; a scope that is not a unit leaves the place to be written. */
    static String placeOf(String scopeName) {
        String place = scopeName.replaceFirst("^(Tỉnh|Thành phố|Xã|Phường|Đặc khu|Thị trấn|Huyện|Quận|Thị xã)\\s+", "");
        return place.equals(scopeName) ? "" : place;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** "Số: 12/BC-UBND", or a gap to write the number in. */
    public String numberLine() {
        return "Số: " + (number.isEmpty() ? "        /BC" : number);
    }

    public String placeAndDate() {
        return (place.isEmpty() ? "……………" : place) + ", ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
                + String.format("%02d", date.getMonthValue()) + " năm " + date.getYear();
    }

    /** The header as lines, for the spreadsheet and CSV forms of the report. */
    public List<String> headerLines() {
        return List.of(agency + " — " + NATION, numberLine() + " — " + MOTTO, placeAndDate());
    }

    /** The signature block and recipients as lines, for the spreadsheet and CSV forms. */
    public List<String> closingLines() {
        List<String> lines = new ArrayList<>();
        lines.add("Nơi nhận: " + String.join(" ", recipients.stream().map(r -> "- " + r).toList()));
        lines.add(signerTitle + " (Ký, ghi rõ họ tên, đóng dấu)" + (signerName.isEmpty() ? "" : ": " + signerName));
        return lines;
    }
}
