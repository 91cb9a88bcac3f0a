package vn.loa.scheduler.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.domain.access.User;

/** Console users and their password hashes. */
public interface UserRepository {

    /** A user with the stored password hash, for login only. */
    record WithHash(User user, String passwordHash) {
    }

    Optional<User> find(long id);

    Optional<WithHash> findByUsername(String username);

    /** @param withinCode users whose scope lies in this unit's subtree, or all users when null */
    List<User> list(String withinCode);

    User insert(String username, String displayName, Role role, String scopeCode, String passwordHash,
                boolean mustChangePassword, Instant now);

    User update(long id, String displayName, Role role, String scopeCode, boolean disabled);

    void setPassword(long id, String passwordHash, boolean mustChangePassword, Instant now);

    int count();

    /** The console language the user chose ({@code vi} or {@code en}); {@code vi} until they choose. */
    String language(long id);

    void setLanguage(long id, String language);
}
