package vn.loa.scheduler.domain.access;

import java.time.Instant;

/**
 * One line of the append-only audit log: who changed what, when, from where.
 *
 * @param actorKind   {@code user}, {@code station} or {@code system}
 * @param orgUnitCode the unit the object belongs to, for scoped reading; null for system-wide objects
 * @param summary     a short before/after description (never a password or secret)
 */
public record AuditEntry(long id, Instant at, String actorKind, String actorId, String actorName, String action,
                         String objectType, String objectId, String orgUnitCode, String summary, String remoteAddress) {
}
