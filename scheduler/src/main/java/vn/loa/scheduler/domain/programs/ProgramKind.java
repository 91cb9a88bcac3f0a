package vn.loa.scheduler.domain.programs;

import java.util.Optional;
import vn.loa.scheduler.domain.Word;

/** What a program is for: a produced program (3–5 minutes) or an urgent notice's recording (0:10–3:00). */
public enum ProgramKind implements Word {
    PROGRAM("chương trình"), URGENT_NOTICE("thông báo khẩn");

    private final String vietnamese;

    ProgramKind(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    @Override
    public String vietnamese() {
        return vietnamese;
    }

    public static Optional<ProgramKind> fromWire(String s) {
        return Word.fromWire(ProgramKind.class, s);
    }
}
