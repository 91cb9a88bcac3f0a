package vn.loa.scheduler.domain.access;

import java.util.Locale;
import java.util.Optional;

/** What a console user does (DESIGN §2); each user also has an org-unit scope. */
public enum Role {
    ADMIN("quản trị"),
    PLANNER("kế hoạch"),
    OPERATOR("cán bộ đài xã"),
    SUPERVISOR("giám sát");

    private final String vietnamese;

    Role(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String vietnamese() {
        return vietnamese;
    }

    public static Optional<Role> fromWire(String value) {
        for (Role role : values()) {
            if (role.wireName().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
