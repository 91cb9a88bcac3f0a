package vn.loa.scheduler.domain.access;

import java.time.Instant;

/** A console session as stored: the hash of its cookie value, never the value. */
public record SessionRecord(String idHash, long userId, String csrfToken, Instant createdAt, Instant lastSeenAt) {
}
