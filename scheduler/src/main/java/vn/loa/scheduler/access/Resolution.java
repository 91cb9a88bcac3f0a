package vn.loa.scheduler.access;

import java.util.Optional;

/**
 * Who a credential speaks for, found in a read, or word that a write is needed first (an expired session
 * to delete, a last-use time to refresh). Most requests need no write, so they never take the write lock.
 */
public record Resolution<T>(Optional<T> found, boolean needsWrite) {

    static <T> Resolution<T> of(Optional<T> found) {
        return new Resolution<>(found, false);
    }

    static <T> Resolution<T> writeFirst() {
        return new Resolution<>(Optional.empty(), true);
    }
}
