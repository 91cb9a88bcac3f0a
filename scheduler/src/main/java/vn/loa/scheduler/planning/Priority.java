package vn.loa.scheduler.planning;

import java.util.Optional;
import vn.loa.scheduler.domain.Word;

/** The levels of TT 39/2020/TT-BTTTT, highest first, plus filler for what is left. */
public enum Priority implements Word {
    EMERGENCY("khẩn cấp"), PRIORITY("ưu tiên"), NORMAL("thông thường"), FILLER("lấp chỗ trống");

    private final String vietnamese;

    Priority(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    @Override
    public String vietnamese() {
        return vietnamese;
    }


    public static Optional<Priority> fromWire(String s) {
        return Word.fromWire(Priority.class, s);
    }
}
