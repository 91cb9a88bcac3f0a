package vn.loa.scheduler.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.domain.Site;
import vn.loa.scheduler.domain.SiteSpec;

/**
 * A store written before sites existed (schema 13) opens as stations of one site each, reading exactly as
 * it did: the station's figures stay, its PC's token and records belong to its one site, and an item the
 * old PC aired is not counted again when a second site airs it too.
 */
class SitesMigrationTest {

    private static final LocalDate DAY = LocalDate.of(2024, 11, 18);
    private static final Instant AT = Instant.parse("2024-11-18T00:00:00Z");

    @TempDir
    Path dataDir;

    private String url() {
        return "jdbc:sqlite:" + dataDir.resolve(SqliteStore.FILE_NAME).toAbsolutePath();
    }

    /** Station 1 of 2024 with its PC (enrolment 7): item 501 missed then played, item 502 played. */
    private void storeOfBeforeSites() throws SQLException {
        Flyway.configure().dataSource(url(), null, null).locations("classpath:db/sqlite").target("13").load().migrate();
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            String now = "'" + AT + "'";
            s.executeUpdate("INSERT INTO org_unit (id, code, name, level, created_at, updated_at) VALUES"
                    + " (1, '06', 'Tỉnh Bắc Kạn', 'province', " + now + ", " + now + "),"
                    + " (2, '00001', 'Xã Nam Cường', 'commune', " + now + ", " + now + ")");
            s.executeUpdate("UPDATE org_unit SET parent_id = 1 WHERE id = 2");
            s.executeUpdate("INSERT INTO station (id, code, name, org_unit_id, created_at, updated_at, last_heartbeat_at)"
                    + " VALUES (1, 'BK-02017', 'Đài truyền thanh xã Nam Cường', 2, " + now + ", " + now + ", " + now + ")");
            s.executeUpdate("INSERT INTO station_credential (id, station_id, kind, secret_hash, created_at, enrolment_id)"
                    + " VALUES (7, 1, 'token', 'h7', " + now + ", 7)");
            String record = "INSERT INTO as_run_record (station_id, enrolment_id, sequence, item_id, program_id, day,"
                    + " seconds_played, outcome, received_at) VALUES (1, 7, %d, %d, 30, '2024-11-18', %s, '%s', " + now + ")";
            s.executeUpdate(record.formatted(1, 501, "0", "missed"));
            s.executeUpdate(record.formatted(2, 501, "180", "played"));
            s.executeUpdate(record.formatted(3, 502, "180", "played"));
            s.executeUpdate("INSERT INTO as_run_enrolment (station_id, enrolment_id, received, first_sequence, last_sequence)"
                    + " VALUES (1, 7, 3, 1, 3)");
            s.executeUpdate("INSERT INTO airing_daily (station_id, day, program_id, campaign_id, played, missed, seconds_aired)"
                    + " VALUES (1, '2024-11-18', 30, 0, 2, 1, 360)");
            s.executeUpdate("INSERT INTO airing_monthly (station_id, month, program_id, campaign_id, played, missed,"
                    + " seconds_aired) VALUES (1, '2024-11-01', 30, 0, 2, 1, 360)");
        }
    }

    private int stationPlayed() throws SQLException {
        try (Connection c = DriverManager.getConnection(url());
             var rows = c.createStatement().executeQuery("SELECT SUM(played) FROM airing_daily WHERE station_id = 1")) {
            return rows.getInt(1);
        }
    }

    private static AsRunRecord played(long sequence, long item) {
        return new AsRunRecord(sequence, item, 30L, null, null, DAY, null, null, AT, AT.plusSeconds(180), 180, "played",
                null, null, null, null);
    }

    @Test
    void everyStationBecomesOneSiteAndItsHistoryReadsAsBefore() throws SQLException {
        storeOfBeforeSites();
        try (SqliteStore store = SqliteStore.open(dataDir, 5000)) {
            List<Site> sites = store.read(r -> r.sites().listForStation(1));
            assertEquals(1, sites.size());
            Site site = sites.get(0);
            assertEquals("BK-02017", site.spec().code(), "the site keeps the station's code");
            assertEquals("Đài truyền thanh xã Nam Cường", site.spec().name());
            assertEquals(AT, site.lastHeartbeatAt(), "and when it was last heard");
            assertEquals(site.id(), store.read(r -> r.credentials().find(7)).orElseThrow().siteId(), "the PC's token is the site's");
            assertEquals(3L, (long) store.read(r -> r.sites().countAsRunRecords(site.id())));
            SiteRepository.SiteAiring aired = store.read(r -> r.sites().airings(1, DAY, DAY, null)).get(0);
            assertEquals(List.of(2L, 3L), List.of(aired.played(), aired.records()), "the site's day, from the old records");
            assertEquals(2, stationPlayed(), "the station's figures are untouched");

            Site second = store.write(r -> r.sites().insert(1, new SiteSpec("BK-02017-2", "Điểm phát thôn Nà Phoọc", null,
                    null, null, null), AT));
            store.write(r -> r.agentReports().insertAsRun(1, second.id(), 99, played(1, 501), AT));
            assertEquals(2, stationPlayed(), "item 501 aired at the old site already: the station counts it once");
            store.write(r -> r.agentReports().insertAsRun(1, second.id(), 99, played(2, 503), AT));
            assertEquals(3, stationPlayed(), "an item only the new site aired counts");
            store.write(r -> r.reports().rebuildRollup());
            assertEquals(3, stationPlayed(), "rebuilding the roll-ups from the records gives the same figure");
        }
    }
}
