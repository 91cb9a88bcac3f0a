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
            new DemoUser("quantri", "Quản trị tỉnh Thái Nguyên", Role.ADMIN, "19", "Tỉnh Thái Nguyên"),
            new DemoUser("kehoach.tinh", "Phòng Thông tin cơ sở, Sở VH-TT-DL Thái Nguyên", Role.PLANNER, "19", "Tỉnh Thái Nguyên"),
            new DemoUser("daixa.chora", "Đài truyền thanh xã Chợ Rã", Role.OPERATOR, "01912", "Xã Chợ Rã"),
            new DemoUser("giamsat", "Sở VH-TT-DL Thái Nguyên", Role.SUPERVISOR, "19", "Tỉnh Thái Nguyên"));

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
