package vn.loa.scheduler.access;

import java.time.Instant;
import java.util.List;
import vn.loa.scheduler.domain.access.AuditEntry;
import vn.loa.scheduler.store.Store;

/** Reading the audit log: the entries of the caller's scope, newest first, a page at a time. Blocking. */
public final class AuditLog {

    private final Store store;

    public AuditLog(Store store) {
        this.store = store;
    }

    /** At most {@code limit} entries in {@code [from, to)} older than {@code beforeId} (null: from the newest). */
    public List<AuditEntry> list(Caller caller, Instant from, Instant to, Long beforeId, int limit) {
        return store.read(r -> r.audit().list(caller.listFilter(), from, to, beforeId, limit));
    }
}
