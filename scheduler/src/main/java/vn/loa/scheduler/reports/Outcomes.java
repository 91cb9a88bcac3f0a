package vn.loa.scheduler.reports;

import java.util.Map;

/** The Vietnamese names of as-run outcomes, as supervisors read them. */
public final class Outcomes {

    private static final Map<String, String> VI = Map.of("played", "Đã phát", "partial", "Phát dở", "interrupted", "Bị ngắt",
            "missed", "Bỏ lỡ", "failed", "Lỗi phát");

    private Outcomes() {
    }

    public static String vietnamese(String outcome) {
        return VI.getOrDefault(outcome, outcome);
    }
}
