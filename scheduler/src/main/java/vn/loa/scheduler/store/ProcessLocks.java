package vn.loa.scheduler.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** {@link Store#exclusively} within one process: one lock per name. */
final class ProcessLocks {

    private static final Map<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private ProcessLocks() {
    }

    static <T> T exclusively(String name, Supplier<T> work) {
        ReentrantLock lock = LOCKS.computeIfAbsent(name, n -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
