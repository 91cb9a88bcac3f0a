package vn.loa.scheduler.domain.access;

import java.time.Instant;

/**
 * A console user as stored, without the password hash.
 *
 * @param scopeCode org unit whose subtree the user works in; null for the whole system
 */
public record User(long id, String username, String displayName, Role role, String scopeCode,
                   boolean mustChangePassword, boolean disabled, Instant createdAt) {
}
