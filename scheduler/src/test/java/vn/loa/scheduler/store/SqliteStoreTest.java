package vn.loa.scheduler.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.OrgUnitSpec;
import vn.loa.scheduler.domain.QuietHours;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.StationSpec;

class SqliteStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void migratesAnEmptyDirectoryToTheWholeDomainSchema() throws SQLException {
        SqliteStore.open(dataDir.resolve("mới"), 5000).close();
        Path db = dataDir.resolve("mới").resolve(SqliteStore.FILE_NAME);
        assertTrue(Files.exists(db));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rows = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            Set<String> tables = new HashSet<>();
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
            assertTrue(tables.containsAll(Set.of("org_unit", "station", "station_window", "station_language",
                    "program", "program_rendition", "campaign", "campaign_program", "campaign_target", "urgent_notice",
                    "schedule", "schedule_item", "as_run_record", "heartbeat", "app_user", "station_credential",
                    "audit_log", "flyway_schema_history")), tables.toString());
            try (ResultSet mode = c.createStatement().executeQuery("PRAGMA journal_mode")) {
                assertEquals("wal", mode.getString(1));
            }
        }
    }

    @Test
    void reopeningAMigratedStoreKeepsItsData() {
        try (SqliteStore store = SqliteStore.open(dataDir, 5000)) {
            store.write(r -> r.orgUnits().insert(new OrgUnitSpec("04", "Tỉnh Cao Bằng", "Tỉnh", OrgUnitLevel.PROVINCE, null), NOW));
        }
        try (SqliteStore store = SqliteStore.open(dataDir, 5000)) {
            assertEquals("Tỉnh Cao Bằng", store.read(r -> r.orgUnits().findByCode("04")).orElseThrow().name());
        }
    }

    @Test
    void aFailureInsideAWriteLeavesNothingWritten() {
        try (SqliteStore store = SqliteStore.open(dataDir, 5000)) {
            assertThrows(IllegalStateException.class, () -> store.write(r -> {
                r.orgUnits().insert(new OrgUnitSpec("04", "Tỉnh Cao Bằng", "Tỉnh", OrgUnitLevel.PROVINCE, null), NOW);
                throw new IllegalStateException("refused half-way");
            }));
            assertTrue(store.read(r -> r.orgUnits().findByCode("04")).isEmpty());
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        try (SqliteStore store = SqliteStore.open(dataDir, 5000)) {
            StationSpec orphan = new StationSpec("X", "Đài mồ côi", "99999", List.of("vi"), "Asia/Ho_Chi_Minh",
                    List.of(), QuietHours.DEFAULT, null);
            assertThrows(StoreException.class, () -> store.write(r -> r.stations().insert(orphan, NOW)));
        }
    }

    @Test
    void stationRoundTripsWithWindowsLanguagesAndSubtreeQuery() {
        try (SqliteStore store = SqliteStore.open(dataDir, 5000)) {
            StationSpec spec = new StationSpec("CB-01273", "Đài truyền thanh phường Hợp Giang", "01273",
                    List.of("vi", "tyz"), "Asia/Ho_Chi_Minh",
                    List.of(new BroadcastWindow(DayOfWeek.MONDAY, 360, 390), new BroadcastWindow(DayOfWeek.SUNDAY, 1020, 1065)),
                    new QuietHours(360, 1320), null);
            Station saved = store.write(r -> {
                r.orgUnits().insert(new OrgUnitSpec("04", "Tỉnh Cao Bằng", "Tỉnh", OrgUnitLevel.PROVINCE, null), NOW);
                r.orgUnits().insert(new OrgUnitSpec("040", "Thành phố Cao Bằng", "Thành phố", OrgUnitLevel.DISTRICT, "04"), NOW);
                r.orgUnits().insert(new OrgUnitSpec("01273", "Phường Hợp Giang", "Phường", OrgUnitLevel.COMMUNE, "040"), NOW);
                return r.stations().insert(spec, NOW);
            });
            assertEquals(spec, saved.spec());
            assertEquals(NOW, saved.createdAt());
            assertEquals(1, store.read(r -> r.stations().list("04")).size());
            assertEquals(0, store.read(r -> r.stations().list("01279")).size());
        }
    }

    @Test
    void aReadPastItsTimeLimitIsStoppedAndChangesNothing() throws SQLException {
        try (SqliteStore store = SqliteStore.open(dataDir, 5000)) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(SqliteStore.FILE_NAME))) {
                c.createStatement().executeUpdate("INSERT INTO as_run_record (station_id, enrolment_id, sequence, outcome,"
                        + " received_at) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)"
                        + " SELECT 1, 0, i, 'played', '2026-11-22T01:00:00Z' FROM n");
            }
            StoreTimeout stopped = assertThrows(StoreTimeout.class,
                    () -> store.readWithin(Duration.ofNanos(1), r -> r.stations().countAsRunRecords(1)));
            assertEquals(Duration.ofNanos(1), stopped.limit());
            assertEquals(200_000, (int) store.readWithin(Duration.ofSeconds(30), r -> r.stations().countAsRunRecords(1)));
        }
    }
}
