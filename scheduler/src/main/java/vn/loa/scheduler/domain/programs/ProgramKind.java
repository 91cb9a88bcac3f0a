package vn.loa.scheduler.domain.programs;

import java.util.Locale;
import java.util.Optional;

/** What a program is for: a produced program (3–5 minutes) or an urgent notice's recording (0:10–3:00). */
public enum ProgramKind {
    PROGRAM("chương trình"), URGENT_NOTICE("thông báo khẩn");

    private final String vietnamese;

    ProgramKind(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String vietnamese() {
        return vietnamese;
    }

    public static Optional<ProgramKind> fromWire(String s) {
        for (ProgramKind kind : values()) {
            if (kind.wireName().equals(s)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
