package vn.loa.scheduler.demo;

import java.time.Instant;
import java.util.List;
import vn.loa.scheduler.access.PasswordHasher;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.store.Repositories;

/** Known sign-ins for the demo, one per role, with scopes from the demo province. Never for real use. */
public final class DemoUsers {

    public static final String PASSWORD = "loa-demo-2026";

    /** One demo sign-in. */
    public record DemoUser(String username, String displayName, Role role, String scopeCode, String scopeName) {
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("quantri", "Quản trị tỉnh Bắc Kạn", Role.ADMIN, "06", "Tỉnh Bắc Kạn"),
            new DemoUser("kehoach.babe", "Trung tâm VH-TT Ba Bể", Role.PLANNER, "061", "Huyện Ba Bể"),
            new DemoUser("daixa.chora", "Đài truyền thanh thị trấn Chợ Rã", Role.OPERATOR, "01888", "Thị trấn Chợ Rã"),
            new DemoUser("giamsat", "Sở VH-TT Bắc Kạn", Role.SUPERVISOR, "06", "Tỉnh Bắc Kạn"));

    private DemoUsers() {
    }

    /** Hashes outside the transaction (slow), then inserts the users in it. */
    public static String hash(PasswordHasher hasher) {
        return hasher.hash(PASSWORD);
    }

    public static void load(Repositories r, String passwordHash, Instant now) {
        for (DemoUser u : USERS) {
            r.users().insert(u.username(), u.displayName(), u.role(), u.scopeCode(), passwordHash, false, now);
        }
    }
}
