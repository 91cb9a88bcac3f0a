package vn.loa.scheduler.domain.access;

import java.util.Optional;
import vn.loa.scheduler.domain.Word;

/** What a console user does (DESIGN §2); each user also has an org-unit scope. */
public enum Role implements Word {
    ADMIN("quản trị"),
    PLANNER("kế hoạch"),
    OPERATOR("cán bộ đài xã"),
    SUPERVISOR("giám sát");

    private final String vietnamese;

    Role(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    @Override
    public String vietnamese() {
        return vietnamese;
    }

    public static Optional<Role> fromWire(String value) {
        return Word.fromWire(Role.class, value);
    }
}
