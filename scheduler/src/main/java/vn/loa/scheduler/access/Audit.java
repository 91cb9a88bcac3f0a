package vn.loa.scheduler.access;

import java.time.Instant;
import vn.loa.scheduler.store.Repositories;

import vn.loa.scheduler.domain.access.AuditEntry;
/** Appends to the audit log inside the transaction of the change it records, so both commit or neither. */
public final class Audit {

    private static final int MAX_SUMMARY = 2000;

    private Audit() {
    }

    public static void record(Repositories r, Actor actor, Instant now, String action, String objectType, String objectId,
                              String orgUnitCode, String summary) {
        String s = summary == null || summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY) + "…";
        r.audit().append(new AuditEntry(0, now, actor.kind(), actor.id(), actor.name(), action, objectType, objectId,
                orgUnitCode, s, actor.remoteAddress()));
    }
}
