package vn.loa.scheduler.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.domain.SiteSpec;
import vn.loa.scheduler.store.AgentReportRepository.AsRunBatch;
import vn.loa.scheduler.store.AgentReportRepository.Insertion;

/**
 * A batch of as-run records, its roll-ups summed and written once, leaves the store exactly as the same records
 * stored one at a time did: the station's and sites' days and months, which record stands for each item, and the
 * sequence book with its gaps; and a batch's rows inserted together answer each record as storing it alone did. The
 * batch is the awkward kind: an item missed then played, a second site's airing of an item the first already aired,
 * sequences out of order and beyond a gap, a resend, a held key sent with other content, a record twice in one batch
 * (once the same, once not), a relay, a month's turn.
 */
class AsRunBatchTest {

    private static final Instant AT = Instant.parse("2026-11-30T23:00:00Z");

    @TempDir
    Path dir;

    /** How the records go in: each in its own transaction, a batch record by record, a batch's rows together. */
    private enum Way { ONE_BY_ONE, BATCH, ROWS_TOGETHER }

    @Test
    void aBatchLeavesTheRollUpsAndSequenceBookAsRecordsStoredOneByOne() throws SQLException {
        List<String> oneByOne = stored(dir.resolve("từng-bản-ghi"), Way.ONE_BY_ONE);
        List<String> batched = stored(dir.resolve("cả-lô"), Way.BATCH);
        assertFalse(oneByOne.isEmpty());
        assertEquals(oneByOne, batched);
    }

    @Test
    void aBatchsRowsInsertedTogetherAnswerAndCountAsRecordsStoredOneByOne() throws SQLException {
        List<String> oneByOne = stored(dir.resolve("từng-bản-ghi"), Way.ONE_BY_ONE);
        List<String> together = stored(dir.resolve("cùng-lúc"), Way.ROWS_TOGETHER);
        assertTrue(oneByOne.get(0).contains("CONFLICT") && oneByOne.get(0).contains("HELD"), oneByOne.get(0));
        assertEquals(oneByOne, together);
    }

    /** The state of the roll-up and sequence tables after the records went in, one by one or as batches. */
    private static List<String> stored(Path data, Way way) throws SQLException {
        try (SqliteStore store = SqliteStore.open(data, 5000)) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteStore.FILE_NAME));
                 Statement st = c.createStatement()) {
                String now = "'" + AT + "'";
                st.executeUpdate("INSERT INTO org_unit (id, code, name, level, created_at, updated_at) VALUES"
                        + " (1, '19', 'Tỉnh Thái Nguyên', 'province', " + now + ", " + now + "),"
                        + " (2, '01960', 'Xã Nam Cường', 'commune', " + now + ", " + now + ")");
                st.executeUpdate("INSERT INTO station (id, code, name, org_unit_id, created_at, updated_at) VALUES"
                        + " (1, 'TN-01960', 'Đài truyền thanh xã Nam Cường', 2, " + now + ", " + now + ")");
                st.executeUpdate("INSERT INTO station_site (station_id, code, name, created_at, updated_at) VALUES"
                        + " (1, 'TN-01960', 'Đài truyền thanh xã Nam Cường', " + now + ", " + now + ")");
            }
            long first = store.read(r -> r.sites().listForStation(1)).get(0).id();
            long second = store.write(r -> r.sites().insert(1, new SiteSpec("TN-01960-2", "Điểm phát thôn Nà Phoọc",
                    null, null, null, null), AT)).id();
            List<List<AsRunRecord>> firstSite = List.of(
                    List.of(record(1, 501L, "missed", 0, 30), record(2, 501L, "played", 180, 30),
                            record(3, 502L, "partial", 95.5, 31), record(6, 503L, "played", 240, 30),
                            record(4, null, "played", 60, 32), record(5, 504L, "interrupted", 12.25, 31)),
                    List.of(record(2, 501L, "played", 180, 30), record(9, 505L, "failed", 0, 30),
                            record(7, 506L, "played", 181, 30), relay(8), record(4, null, "missed", 0, 32),
                            record(10, 508L, "played", 200, 30), record(10, 508L, "played", 200, 30),
                            record(11, 509L, "played", 200, 30), record(11, 509L, "partial", 100, 30)));
            List<List<AsRunRecord>> secondSite = List.of(
                    List.of(record(1, 501L, "played", 179, 30), record(2, 502L, "played", 200, 31),
                            record(3, 507L, "missed", 0, 30)));
            List<Insertion> answers = new ArrayList<>();
            for (List<AsRunRecord> batch : firstSite) {
                answers.addAll(put(store, first, 7, batch, way));
            }
            for (List<AsRunRecord> batch : secondSite) {
                answers.addAll(put(store, second, 8, batch, way));
            }
            List<String> state = new ArrayList<>();
            state.add(answers.toString());
            state.addAll(tables(data, "as_run_record", "airing_daily", "airing_monthly", "campaign_days_monthly",
                    "airing_site_daily", "item_airing", "as_run_enrolment", "as_run_gap"));
            return state;
        }
    }

    @Test
    void theRollUpsKeptBatchByBatchAreTheOnesRebuiltFromTheRecords() throws SQLException {
        Path data = dir.resolve("dựng-lại");
        stored(data, Way.ROWS_TOGETHER);
        String[] rollUps = {"airing_daily", "airing_monthly", "campaign_days_monthly"};
        List<String> kept = tables(data, rollUps);
        try (SqliteStore store = SqliteStore.open(data, 5000)) {
            store.write(r -> r.reports().rebuildRollup());
        }
        assertEquals(tables(data, rollUps), kept);
        assertTrue(kept.stream().anyMatch(row -> row.startsWith("airing_monthly") && row.contains("days_played_3=1")),
                "a program aired three times or more on a day: " + kept);
        assertTrue(kept.stream().anyMatch(row -> row.startsWith("campaign_days_monthly") && row.contains("days_played_4=1")),
                "the campaign's programs aired four times or more on a day: " + kept);
    }

    /** Every row of the tables, in key order, each as "table column=value …". */
    private static List<String> tables(Path data, String... tables) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteStore.FILE_NAME))) {
            for (String table : tables) {
                rows.addAll(rows(c, table));
            }
        }
        return rows;
    }

    private static List<Insertion> put(SqliteStore store, long site, long enrolment, List<AsRunRecord> records,
                                       Way way) {
        List<Insertion> answers = new ArrayList<>();
        if (way != Way.ONE_BY_ONE) {
            store.write(r -> {
                AsRunBatch batch = r.agentReports().asRunBatch(1, site, enrolment);
                if (way == Way.BATCH) {
                    records.forEach(a -> answers.add(batch.insert(a, AT)));
                } else {
                    answers.addAll(batch.insertAll(records, AT));
                }
                batch.finish();
                return null;
            });
        } else {
            records.forEach(a -> answers.add(store.write(r -> r.agentReports().insertAsRun(1, site, enrolment, a, AT))));
        }
        return answers;
    }

    private static List<String> rows(Connection c, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2, 3, 4")) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder(table);
                for (int i = 1; i <= columns; i++) {
                    row.append(' ').append(r.getMetaData().getColumnName(i)).append('=').append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** Sequences 1-3 on the 30th of November, the rest on the 1st of December: a new month's roll-up row. */
    private static AsRunRecord record(long sequence, Long item, String outcome, double seconds, long program) {
        LocalDate day = sequence <= 3 ? LocalDate.of(2026, 11, 30) : LocalDate.of(2026, 12, 1);
        Instant start = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(3600 * sequence);
        return new AsRunRecord(sequence, item, program, program == 32 ? null : 9L, null, day, null, start, start,
                start.plusMillis((long) (seconds * 1000)), seconds, outcome, null, null, null, null, false, null);
    }

    private static AsRunRecord relay(long sequence) {
        Instant start = Instant.parse("2026-12-01T11:00:00Z");
        return new AsRunRecord(sequence, null, null, null, null, LocalDate.of(2026, 12, 1), null, null, start,
                start.plusSeconds(1790), 1790, "interrupted", "mất kết nối", null, null, null, false,
                new AsRunRecord.Relay(3, null, 2, 10.5, "silence"));
    }
}
