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
            default -> "Chỉ có báo cáo của đài";
        };
    }
}
