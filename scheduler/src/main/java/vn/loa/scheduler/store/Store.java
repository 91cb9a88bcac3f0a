package vn.loa.scheduler.store;

import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The scheduler's persistent state. Every use is one transaction: {@link #read} sees a consistent
 * snapshot, {@link #write} commits all of its work or none of it (a refusal thrown inside rolls back).
 * Calls block on I/O: never call them on an event-loop thread (use {@link AsyncStore}).
 *
 * <p>Kept narrow so that a PostgreSQL implementation can sit beside {@link SqliteStore} (DESIGN §9).
 */
public interface Store extends AutoCloseable {

    /** Work done against the repositories of one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Repositories repositories);
    }

    <T> T read(Work<T> work);

    <T> T write(Work<T> work);

    /**
     * As {@link #write}, for many small writes arriving at once (agents' as-run batches): the store may commit
     * several callers' works in one transaction, each under its own savepoint (a refusal thrown inside takes back
     * only its own work). No caller returns before the commit that holds its work.
     */
    default <T> T writeTogether(Work<T> work) {
        return write(work);
    }

    /**
     * A read that is abandoned ({@link StoreTimeout}) once it has run {@code limit}: for reports, whose
     * cost depends on the period and scope a user picks.
     */
    default <T> T readWithin(Duration limit, Work<T> work) {
        return read(work);
    }

    /**
     * Calls {@code listener} after each write of this process commits having inserted, updated or deleted a row
     * of one of {@code tables} (triggers' rows included), on the writing thread: for caches of what those tables
     * hold. Another process's writes are not heard.
     */
    void watch(Set<String> tables, Runnable listener);

    /**
     * Runs {@code work} while no other work of the same {@code name} runs: in this process, and on PostgreSQL on
     * any instance over the same database. For what reads, decides and writes in several transactions and must
     * not interleave with itself elsewhere (publishing: a plan made from an older read must not land last).
     */
    default <T> T exclusively(String name, Supplier<T> work) {
        return ProcessLocks.exclusively(name, work);
    }

    /** The store's pooled connections now: in use, idle, and callers waiting for one (for the metrics). */
    record ConnectionUse(int active, int idle, int waiting) {
    }

    default ConnectionUse connections() {
        return new ConnectionUse(0, 0, 0);
    }

    /** True when a trivial query succeeds now. */
    boolean isReachable();

    @Override
    void close();
}
