package vn.loa.scheduler.store;

import java.time.Instant;
import java.util.List;
import vn.loa.scheduler.domain.access.AuditEntry;

/** The append-only audit log: there is no update or delete, and the schema refuses both. */
public interface AuditRepository {

    void append(AuditEntry entry);

    /**
     * Newest first.
     *
     * @param withinCode entries about objects in this unit's subtree, or all entries when null
     * @param beforeId   only entries older than this id (for paging), or none when null
     */
    List<AuditEntry> list(String withinCode, Instant from, Instant to, Long beforeId, int limit);
}
