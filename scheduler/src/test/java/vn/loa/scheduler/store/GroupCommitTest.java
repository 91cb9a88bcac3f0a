package vn.loa.scheduler.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.OrgUnitSpec;

/**
 * Writes arriving together are committed together, and each caller still hears only of its own: a refused write
 * takes back only itself, the others are held once their callers return.
 */
class GroupCommitTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void writesWaitingTogetherShareOneCommitAndARefusalTakesBackOnlyItself() throws Exception {
        try (SqliteStore store = SqliteStore.open(dataDir, 5000)) {
            AtomicInteger commits = new AtomicInteger();
            store.watch(Set.of("org_unit"), commits::incrementAndGet);
            CountDownLatch firstInside = new CountDownLatch(1);
            CountDownLatch othersQueued = new CountDownLatch(1);
            ExecutorService callers = Executors.newFixedThreadPool(12);
            try {
                // the first write holds the writer until the others are waiting behind it
                Future<String> first = callers.submit(() -> store.writeTogether(r -> {
                    r.orgUnits().insert(province("01", "Thành phố Hà Nội"), NOW);
                    firstInside.countDown();
                    await(othersQueued);
                    return "01";
                }));
                assertTrue(firstInside.await(10, TimeUnit.SECONDS));
                List<Future<String>> others = new ArrayList<>();
                for (int i = 2; i <= 11; i++) {
                    String code = String.format("%02d", i);
                    others.add(callers.submit(() -> store.writeTogether(r -> {
                        r.orgUnits().insert(province(code, "Tỉnh số " + code), NOW);
                        if (code.equals("07")) {
                            throw DomainException.invalidValue("code", code, "một mã khác", "another code");
                        }
                        return code;
                    })));
                }
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (store.writesWaiting() < 10 && System.nanoTime() < until) {
                    Thread.sleep(10);
                }
                assertEquals(10, store.writesWaiting(), "the ten writes wait behind the first");
                othersQueued.countDown();
                assertEquals("01", first.get(10, TimeUnit.SECONDS));
                for (Future<String> f : others) {
                    try {
                        String code = f.get(10, TimeUnit.SECONDS);
                        assertFalse(code.equals("07"));
                        assertTrue(store.read(r -> r.orgUnits().findByCode(code)).isPresent(), code + " held on return");
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertTrue(e.getCause() instanceof DomainException, e.toString());
                    }
                }
            } finally {
                callers.shutdownNow();
            }
            assertFalse(store.read(r -> r.orgUnits().findByCode("07")).isPresent(), "the refused write left nothing");
            assertEquals(10, (int) store.read(r -> r.orgUnits().list(null, OrgUnitLevel.PROVINCE)).size(), "every other write is held");
            assertEquals(2, commits.get(), "the ten writes queued behind the first went in together");
        }
    }

    private static OrgUnitSpec province(String code, String name) {
        return new OrgUnitSpec(code, name, "Tỉnh", OrgUnitLevel.PROVINCE, null);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
