package vn.loa.scheduler.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.OrgUnitSpec;
import vn.loa.scheduler.domain.QuietHours;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.domain.reports.Bucket;
import vn.loa.scheduler.domain.reports.Place;
import vn.loa.scheduler.planning.CampaignRecord;
import vn.loa.scheduler.planning.CampaignSpec;
import vn.loa.scheduler.planning.CampaignStatus;
import vn.loa.scheduler.planning.FrequencyTarget;
import vn.loa.scheduler.planning.Priority;
import vn.loa.scheduler.store.SqliteStore;
import vn.loa.scheduler.testing.StoredPrograms;

/**
 * One year of as-run records for 1,000 stations (10 districts of 100 communes; about 15 million
 * records) on a real SQLite file, then the time of a frequency matrix (program x station, the whole
 * year) and of a campaign's compliance, for one district and for the whole province, beside the naive
 * GROUP BY over the raw records. Prints, never asserts.
 *
 * <p>Run: {@code mvn -B -ntp -q -DskipTests -DskipITs install && mvn -B -ntp -q -pl scheduler test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=vn.loa.scheduler.reports.ReportBenchmark} (optional arguments:
 * records per station per day, default 41; a folder to keep the generated year in, measured again without
 * generating when it holds one: {@code -Dexec.args="41 /tmp/loa-report-year"}).
 */
public final class ReportBenchmark {

    private static final int DISTRICTS = 10;
    private static final int STATIONS = 1_000;
    private static final int PROGRAMS = 24;
    private static final String[] OUTCOMES = {"played", "played", "played", "played", "played", "played", "played", "played",
        "played", "played", "played", "played", "played", "played", "played", "played", "played", "played", "played",
        "played", "played", "played", "played", "played", "played", "partial", "missed", "failed", "interrupted", "played"};

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perDay = args.length > 0 ? Integer.parseInt(args[0]) : 41;
        // a folder named as the second argument keeps the generated year, and a later run measures it again
        Path dir = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("loa-report-bench-");
        boolean kept = Files.exists(dir.resolve(SqliteStore.FILE_NAME));
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        LocalDate from = LocalDate.of(2025, 11, 22);
        LocalDate to = from.plusDays(364);
        Instant now = to.plusDays(1).atStartOfDay(zone).toInstant();
        // the province set up its stations, programs and campaign the day before the year began: targets count from then
        Instant setUp = from.minusDays(1).atStartOfDay(zone).toInstant();
        try (SqliteStore store = SqliteStore.open(dir, 60_000)) {
            CampaignRecord campaign = kept ? store.read(r -> r.planning().findCampaign(1).orElseThrow())
                    : generateYear(store, dir, perDay, from, to, zone, setUp);

            for (String unit : new String[] {"100", "99"}) {
                String name = unit.equals("99") ? "province (1,000 stations)" : "district (100 stations)";
                long a = System.nanoTime();
                int cells = store.read(r -> r.reports().frequency(unit, from, to, Bucket.PERIOD, Place.STATION, null, null)).size();
                long b = System.nanoTime();
                int naive = naiveFrequency(dir, unit, from, to);
                long c = System.nanoTime();
                Double compliance = store.read(r -> ComplianceReport.build(r, campaign, r.stations().list(unit), from, to, to,
                        0.8, now, Duration.ofHours(24)).result().compliance());
                long d = System.nanoTime();
                int monthly = store.read(r -> r.reports().frequency(unit, from, to, Bucket.MONTH, Place.DISTRICT, null, null))
                        .size();
                long e = System.nanoTime();
                System.out.printf(Locale.ROOT, "%s:%n  frequency matrix from the roll-up %7.2f s (%,d cells)%n"
                                + "  naive GROUP BY over raw records   %7.2f s (%,d cells)%n"
                                + "  compliance of the campaign        %7.2f s (%.1f %%)%n"
                                + "  monthly per district              %7.2f s (%,d cells)%n",
                        name, (b - a) / 1e9, cells, (c - b) / 1e9, naive, (d - c) / 1e9, compliance * 100, (e - d) / 1e9, monthly);
            }
        }
    }

    /** The province, its programs and campaign, a year of records and the roll-up built from them; returns the campaign. */
    private static CampaignRecord generateYear(SqliteStore store, Path dir, int perDay, LocalDate from, LocalDate to,
                                               ZoneId zone, Instant setUp) throws Exception {
        List<Long> programs = new ArrayList<>();
        CampaignRecord campaign = store.write(r -> {
            r.orgUnits().insert(new OrgUnitSpec("99", "Tỉnh Thử Nghiệm", "Tỉnh", OrgUnitLevel.PROVINCE, null), setUp);
            for (int d = 0; d < DISTRICTS; d++) {
                r.orgUnits().insert(new OrgUnitSpec(String.valueOf(100 + d), "Huyện " + d, "Huyện", OrgUnitLevel.DISTRICT,
                        "99"), setUp);
            }
            for (int i = 0; i < STATIONS; i++) {
                String commune = String.format("%05d", 10_000 + i);
                r.orgUnits().insert(new OrgUnitSpec(commune, "Xã " + i, "Xã", OrgUnitLevel.COMMUNE,
                        String.valueOf(100 + i % DISTRICTS)), setUp);
                List<BroadcastWindow> windows = new ArrayList<>();
                for (DayOfWeek day : DayOfWeek.values()) {
                    windows.add(new BroadcastWindow(day, 330, 420));
                    windows.add(new BroadcastWindow(day, 1020, 1110));
                }
                r.stations().insert(new StationSpec("BM-" + commune, "Đài " + i, commune, List.of("vi"),
                        StationSpec.DEFAULT_TIME_ZONE, windows, QuietHours.DEFAULT, null), setUp);
            }
            for (int p = 0; p < PROGRAMS; p++) {
                programs.add(StoredPrograms.approved(r, "Chương trình " + p, "99", p, 200_000, setUp));
            }
            return r.planning().insertCampaign(new CampaignSpec("Tuyên truyền cả năm", "99", from, to, Priority.NORMAL,
                    new FrequencyTarget(FrequencyTarget.Kind.PER_PROGRAM_PER_DAY, 2), List.of("99"), List.of(),
                    programs.subList(0, 10), List.of()), CampaignStatus.ACTIVE, setUp);
        });
        long t0 = System.nanoTime();
        long records = generate(dir, programs, campaign.id(), from, perDay, zone);
        long t1 = System.nanoTime();
        int rollupRows = store.write(r -> r.reports().rebuildRollup());
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%,d stations x 365 days: %,d as-run records written in %.1f s; roll-up rebuilt"
                + " (%,d rows) in %.1f s%n", STATIONS, records, (t1 - t0) / 1e9, rollupRows, (t2 - t1) / 1e9);
        return campaign;
    }

    /** Writes the records with plain JDBC batches, a day per transaction (the ingest path would take hours). */
    private static long generate(Path dir, List<Long> programs, long campaign, LocalDate from, int perDay, ZoneId zone)
            throws Exception {
        long count = 0;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteStore.FILE_NAME).toAbsolutePath())) {
            List<Long> stations = new ArrayList<>();
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                try (ResultSet r = s.executeQuery("SELECT id FROM station ORDER BY id")) {
                    while (r.next()) {
                        stations.add(r.getLong(1));
                    }
                }
            }
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO as_run_record (station_id, sequence, program_id,"
                    + " campaign_id, day, planned_start, actual_start, actual_end, seconds_played, outcome, received_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int d = 0; d < 365; d++) {
                    LocalDate day = from.plusDays(d);
                    Instant morning = day.atTime(5, 30).atZone(zone).toInstant();
                    for (int s = 0; s < stations.size(); s++) {
                        for (int k = 0; k < perDay; k++) {
                            int p = (s + d + k) % programs.size();
                            String outcome = OUTCOMES[(s * 31 + d * 7 + k) % OUTCOMES.length];
                            Instant planned = morning.plusSeconds(k * 210L);
                            double seconds = outcome.equals("played") ? 200 : outcome.equals("missed") || outcome.equals("failed") ? 0 : 90;
                            insert.setLong(1, stations.get(s));
                            insert.setLong(2, (long) d * perDay + k + 1);
                            insert.setLong(3, programs.get(p));
                            insert.setObject(4, p < 10 ? campaign : null);
                            insert.setString(5, day.toString());
                            insert.setString(6, planned.toString());
                            insert.setString(7, seconds > 0 ? planned.plusSeconds(1).toString() : null);
                            insert.setString(8, seconds > 0 ? planned.plusSeconds(1 + (long) seconds).toString() : null);
                            insert.setDouble(9, seconds);
                            insert.setString(10, outcome);
                            insert.setString(11, planned.plusSeconds(600).toString());
                            insert.addBatch();
                            count++;
                        }
                    }
                    insert.executeBatch();
                    db.commit();
                }
            }
        }
        return count;
    }

    private static int naiveFrequency(Path dir, String unit, LocalDate from, LocalDate to) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteStore.FILE_NAME).toAbsolutePath());
             PreparedStatement q = db.prepareStatement("WITH RECURSIVE subtree(id) AS (SELECT id FROM org_unit WHERE code = ?"
                     + " UNION ALL SELECT c.id FROM org_unit c JOIN subtree t ON c.parent_id = t.id)"
                     + " SELECT a.program_id, a.station_id, COUNT(*) FROM as_run_record a JOIN station s ON s.id = a.station_id"
                     + " JOIN subtree t ON t.id = s.org_unit_id WHERE a.outcome = 'played' AND a.day >= ? AND a.day <= ?"
                     + " GROUP BY a.program_id, a.station_id")) {
            q.setString(1, unit);
            q.setString(2, from.toString());
            q.setString(3, to.toString());
            int rows = 0;
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }
}
