package vn.loa.scheduler.domain.reports;

/** What an airing's sound proves, as the as-run log and the reports say it (issue 20). */
public final class Evidence {

    private Evidence() {
    }

    /** The level as stored, or "reported" for a record that carries none (unsigned, from an agent before prints). */
    public static String level(String stored) {
        return stored == null ? "reported" : stored;
    }

    public static String vietnamese(String level) {
        return switch (level(level)) {
            case "rendered_matched" -> "Âm thanh phát ra khớp chương trình";
            case "rendered_not_matched" -> "Âm thanh phát ra KHÔNG khớp chương trình";
            case "heard_matched" -> "Nghe lại qua đầu thu: khớp chương trình";
            case "heard_not_matched" -> "Nghe lại qua đầu thu: KHÔNG khớp chương trình";
            default -> "Chỉ có báo cáo của đài";
        };
    }

    /** The warning of an airing whose output was silent or much too quiet, or null when there is none. */
    public static String levelVietnamese(String flag) {
        if (flag == null) {
            return null;
        }
        return flag.equals("aired_silence") ? "Phát ra im lặng" : "Âm lượng quá nhỏ";
    }
}
