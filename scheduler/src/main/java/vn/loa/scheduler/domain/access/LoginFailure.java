package vn.loa.scheduler.domain.access;

import java.time.Instant;

/** Consecutive failed logins for one key ({@code user:<name>} or {@code addr:<ip>}). */
public record LoginFailure(String key, int failures, Instant lastAt, Instant lockedUntil) {
}
