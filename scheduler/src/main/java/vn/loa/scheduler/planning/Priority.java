package vn.loa.scheduler.planning;

import java.util.Locale;
import java.util.Optional;

/** The levels of TT 39/2020/TT-BTTTT, highest first, plus filler for what is left. */
public enum Priority {
    EMERGENCY("khẩn cấp"), PRIORITY("ưu tiên"), NORMAL("thông thường"), FILLER("lấp chỗ trống");

    private final String vietnamese;

    Priority(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Priority> fromWire(String s) {
        for (Priority p : values()) {
            if (p.wireName().equals(s)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
