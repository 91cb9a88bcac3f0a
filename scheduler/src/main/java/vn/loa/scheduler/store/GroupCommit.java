package vn.loa.scheduler.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes that arrive while another group is being committed wait and then go in together: the first caller to find
 * no group under way leads, takes the writes queued so far, runs them in one transaction (each under its own
 * savepoint, so one that fails takes back only itself), commits once and hands each caller its own result or
 * failure. No caller returns before the commit that holds its write. SQLite lets one writer in at a time and a
 * commit waits for the disk (synchronous=FULL): paid per agent's batch, that was a third of the writer's time. On
 * PostgreSQL a group takes the instances' write lock once.
 */
final class GroupCommit {

    /** One caller's write and, once its group committed, what came of it. */
    static final class Pending<T> {
        final Store.Work<T> work;
        T result;
        RuntimeException failure;
        boolean done;

        Pending(Store.Work<T> work) {
            this.work = work;
        }
    }

    /** Most writes in one transaction: a group is still one agent's wait. */
    private static final int MOST = 32;

    private final Consumer<List<Pending<?>>> runGroup;
    private final List<Pending<?>> queued = new ArrayList<>();
    private boolean leading;

    /** {@code runGroup} runs the writes in one transaction and sets each one's result or failure. */
    GroupCommit(Consumer<List<Pending<?>>> runGroup) {
        this.runGroup = runGroup;
    }

    <T> T write(Store.Work<T> work) {
        Pending<T> mine = new Pending<>(work);
        List<Pending<?>> group;
        synchronized (this) {
            queued.add(mine);
            while (!mine.done && leading) {
                waitQuietly();
            }
            if (mine.done) {
                return outcome(mine);
            }
            leading = true;
            queued.remove(mine);
            group = new ArrayList<>(List.of(mine));
            List<Pending<?>> next = queued.subList(0, Math.min(MOST - 1, queued.size()));
            group.addAll(next);
            next.clear();
        }
        try {
            runGroup.accept(group);
        } catch (RuntimeException | Error e) {
            RuntimeException failure = e instanceof RuntimeException r ? r : new StoreException("write failed", e);
            // nothing of the group was committed: every caller hears of it, its own refusal first
            group.forEach(p -> p.failure = p.failure != null ? p.failure : failure);
        } finally {
            synchronized (this) {
                group.forEach(p -> p.done = true);
                leading = false;
                notifyAll();
            }
        }
        return outcome(mine);
    }

    /** The repositories of a transaction's connection. */
    @FunctionalInterface
    interface Binding {
        Repositories bind(Connection connection) throws SQLException;
    }

    /** Runs one write of a group under a savepoint of the group's transaction: a refusal takes back only itself. */
    static <T> void runSaved(Connection connection, Pending<T> p, Binding binding) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try {
            p.result = p.work.run(binding.bind(connection));
        } catch (RuntimeException e) {
            connection.rollback(before);
            p.failure = e;
        }
        connection.releaseSavepoint(before);
    }

    /** Writes queued behind the group under way (for tests that need a queue to have formed). */
    synchronized int waiting() {
        return queued.size();
    }

    private static <T> T outcome(Pending<T> p) {
        if (p.failure != null) {
            throw p.failure;
        }
        return p.result;
    }

    private void waitQuietly() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to write", e);
        }
    }
}
