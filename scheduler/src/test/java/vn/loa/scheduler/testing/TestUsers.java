package vn.loa.scheduler.testing;

import java.time.Instant;
import vn.loa.scheduler.access.PasswordHasher;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.store.Store;

/** Users written straight into a test's store (their passwords hashed as the server hashes them). */
public final class TestUsers {

    public static final String PASSWORD = "mật-khẩu-thử-nghiệm";
    private static final String HASH = new PasswordHasher().hash(PASSWORD);

    private TestUsers() {
    }

    /** @param scopeCode null for a system-wide user */
    public static long create(Store store, String username, Role role, String scopeCode) {
        return store.write(r -> r.users().insert(username, "Người dùng " + username, role, scopeCode, HASH, false,
                Instant.now()).id());
    }
}
