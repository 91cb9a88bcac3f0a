package vn.loa.scheduler.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.scheduler.SchedulerApp;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/** Blocking JDBC must never run on a Vert.x event loop: one slow query would stall every request. */
class StoreThreadIT {

    @TempDir
    Path dataDir;

    /** Records the name of every thread that touches the store. */
    private static final class ThreadRecordingStore implements Store {
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        private final Store delegate;

        ThreadRecordingStore(Store delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> T read(Work<T> work) {
            threads.add(Thread.currentThread().getName());
            return delegate.read(work);
        }

        @Override
        public <T> T write(Work<T> work) {
            threads.add(Thread.currentThread().getName());
            return delegate.write(work);
        }

        @Override
        public void watch(Set<String> tables, Runnable listener) {
            delegate.watch(tables, listener);
        }

        @Override
        public <T> T exclusively(String name, java.util.function.Supplier<T> work) {
            return delegate.exclusively(name, work);
        }

        @Override
        public boolean isReachable() {
            threads.add(Thread.currentThread().getName());
            return delegate.isReachable();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    @Test
    void everyStoreCallOfTheApiRunsOffTheEventLoop() {
        ThreadRecordingStore store = new ThreadRecordingStore(TestScheduler.openStore(dataDir));
        try (SchedulerApp app = TestScheduler.startOn(dataDir, store)) {
            TestUsers.create(store, "quantri", Role.ADMIN, null);
            Api api = new Api(app.port()).signIn("quantri", TestUsers.PASSWORD);
            Fixtures.createTree(api);
            Fixtures.expect(api.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201);
            Fixtures.expect(api.get("/api/v1/stations"), 200);
            Fixtures.expect(api.get("/health"), 200);
        }
        assertFalse(store.threads.isEmpty());
        assertTrue(store.threads.stream().noneMatch(t -> t.contains("eventloop")), store.threads.toString());
    }
}
