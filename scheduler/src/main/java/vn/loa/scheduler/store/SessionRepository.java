package vn.loa.scheduler.store;

import java.time.Instant;
import java.util.Optional;
import vn.loa.scheduler.domain.access.SessionRecord;

/** Console sessions, keyed by the SHA-256 of the cookie value. */
public interface SessionRepository {

    void insert(SessionRecord session, String remoteAddress);

    Optional<SessionRecord> find(String idHash);

    void touch(String idHash, Instant now);

    void delete(String idHash);

    void deleteForUser(long userId);
}
