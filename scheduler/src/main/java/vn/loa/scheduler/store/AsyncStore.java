package vn.loa.scheduler.store;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.Callable;

/**
 * The store as seen from an event loop: each call runs on a bounded worker pool and completes the
 * returned future on the caller's context. Reads may run side by side; writes queue in the pool.
 */
public final class AsyncStore {

    private final Store store;
    private final WorkerExecutor workers;
    private final WorkerExecutor reports;

    /**
     * @param reports a pool of its own for reports, so that however many supervisors ask for a province's
     *                year at once, agents' ingest and heartbeats keep the store's threads
     */
    public AsyncStore(Store store, WorkerExecutor workers, WorkerExecutor reports) {
        this.store = store;
        this.workers = workers;
        this.reports = reports;
    }

    public <T> Future<T> read(Store.Work<T> work) {
        return workers.executeBlocking(() -> store.read(work), false);
    }

    /** A report on the report pool: its service reads with {@link Store#readWithin}, so a runaway one is stopped. */
    public <T> Future<T> reporting(Callable<T> work) {
        return reports.executeBlocking(work, false);
    }

    public <T> Future<T> write(Store.Work<T> work) {
        return workers.executeBlocking(() -> store.write(work), false);
    }

    /** Blocks: call only from work already on the worker pool (see {@link #blocking}). */
    public boolean isReachableNow() {
        return store.isReachable();
    }

    /** Runs other blocking work (disk checks, file parsing) on the same pool. */
    public <T> Future<T> blocking(Callable<T> work) {
        return workers.executeBlocking(work, false);
    }
}
