package vn.loa.scheduler.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.OrgUnitSpec;
import vn.loa.scheduler.domain.QuietHours;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.planning.CampaignRecord;
import vn.loa.scheduler.planning.CampaignSpec;
import vn.loa.scheduler.planning.CampaignStatus;
import vn.loa.scheduler.planning.FrequencyTarget;
import vn.loa.scheduler.planning.Priority;
import vn.loa.scheduler.store.SqliteStore;
import vn.loa.scheduler.testing.StoredPrograms;

/**
 * A campaign's compliance from the store, whole months and months less their outside days read from the monthly
 * roll-ups, against the same read from the daily roll-up alone: stations airing every day and on weekdays only, a
 * program aired under the campaign that it no longer holds (its month is read by days), targets per program and
 * for all programs together, a period from the 10th of January to the 20th of May.
 */
class ComplianceFromMonthsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate FROM = LocalDate.of(2026, 1, 10);
    private static final LocalDate TO = LocalDate.of(2026, 5, 20);
    private static final Instant SET_UP = Instant.parse("2025-12-20T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-05-21T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void monthsFromTheMonthlyRollUpsReadAsDaysFromTheDailyOne() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir, 5000)) {
            List<Long> programs = new ArrayList<>();
            List<CampaignRecord> campaigns = store.write(r -> {
                r.orgUnits().insert(new OrgUnitSpec("19", "Tỉnh Thái Nguyên", "Tỉnh", OrgUnitLevel.PROVINCE, null), SET_UP);
                for (int i = 0; i < 3; i++) {
                    String commune = "0196" + i;
                    r.orgUnits().insert(new OrgUnitSpec(commune, "Xã Nam Cường " + i, "Xã", OrgUnitLevel.COMMUNE, "19"), SET_UP);
                    List<BroadcastWindow> windows = new ArrayList<>();
                    for (DayOfWeek day : DayOfWeek.values()) {
                        if (i != 1 || day.getValue() <= 5) {
                            windows.add(new BroadcastWindow(day, 330, 420));
                        }
                    }
                    r.stations().insert(new StationSpec("TN-" + commune, "Đài truyền thanh xã " + i, commune, List.of("vi"),
                            StationSpec.DEFAULT_TIME_ZONE, windows, QuietHours.DEFAULT, null), SET_UP);
                }
                for (int p = 0; p < 5; p++) {
                    programs.add(StoredPrograms.approved(r, "Chương trình phòng chống thiên tai " + p, "19", p, 200_000, SET_UP));
                }
                return List.of(campaign(r, "Mỗi chương trình hai lần một ngày", FrequencyTarget.Kind.PER_PROGRAM_PER_DAY, 2, programs),
                        campaign(r, "Ba lần một ngày, chương trình bất kỳ", FrequencyTarget.Kind.ANY_PER_DAY, 3, programs));
            });
            records(dir, programs, campaigns);
            store.write(r -> r.reports().rebuildRollup());

            for (CampaignRecord campaign : campaigns) {
                ComplianceReport.Report byMonths = store.read(r -> ComplianceReport.build(r, campaign, r.stations().list("19"),
                        FROM, TO, TO, 0.8, NOW, Duration.ofHours(24), true));
                ComplianceReport.Report byDays = store.read(r -> ComplianceReport.build(r, campaign, r.stations().list("19"),
                        FROM, TO, TO, 0.8, NOW, Duration.ofHours(24), false));
                assertEquals(byDays, byMonths, campaign.spec().name());
                assertTrue(byDays.result().achieved() > 100 && byDays.result().achieved() < byDays.result().targeted(),
                        "airings that count, and days short of the target: " + byDays.result());
            }
        }
    }

    /** Programs 0-2 are the campaign's; 3 was aired under it in March though it is not the campaign's; 4 is no campaign's. */
    private static CampaignRecord campaign(vn.loa.scheduler.store.Repositories r, String name, FrequencyTarget.Kind kind,
                                           int count, List<Long> programs) {
        return r.planning().insertCampaign(new CampaignSpec(name, "19", FROM.minusDays(20), TO.plusDays(20), Priority.NORMAL,
                new FrequencyTarget(kind, count), List.of("19"), List.of(), programs.subList(0, 3), List.of()),
                CampaignStatus.ACTIVE, SET_UP);
    }

    /** Random airings on every day of the months the period touches, at each station, of each program. */
    private static void records(Path dir, List<Long> programs, List<CampaignRecord> campaigns) throws Exception {
        Random random = new Random(45);
        String[] outcomes = {"played", "played", "played", "partial", "missed", "failed", "interrupted"};
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteStore.FILE_NAME));
             PreparedStatement insert = db.prepareStatement("INSERT INTO as_run_record (station_id, sequence, program_id,"
                     + " campaign_id, day, planned_start, actual_start, actual_end, seconds_played, outcome, received_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long sequence = 0;
            for (long station = 1; station <= 3; station++) {
                for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2026, 6, 1)); day = day.plusDays(1)) {
                    Instant morning = day.atTime(5, 30).atZone(ZONE).toInstant();
                    for (int p = 0; p < programs.size(); p++) {
                        for (int k = random.nextInt(5); k > 0; k--) {
                            if (p == 3 && day.getMonthValue() != 3) {
                                continue;
                            }
                            String outcome = outcomes[random.nextInt(outcomes.length)];
                            Instant planned = morning.plusSeconds(++sequence % 100 * 60);
                            insert.setLong(1, station);
                            insert.setLong(2, sequence);
                            insert.setLong(3, programs.get(p));
                            insert.setObject(4, p == 4 ? null : campaigns.get(random.nextInt(campaigns.size())).id());
                            insert.setString(5, day.toString());
                            insert.setString(6, planned.toString());
                            insert.setString(7, planned.plusSeconds(1).toString());
                            insert.setString(8, planned.plusSeconds(200).toString());
                            insert.setDouble(9, outcome.equals("played") ? 200 : 0);
                            insert.setString(10, outcome);
                            insert.setString(11, planned.plusSeconds(600).toString());
                            insert.addBatch();
                        }
                    }
                }
            }
            insert.executeBatch();
        }
    }
}
