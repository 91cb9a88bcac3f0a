package vn.loa.scheduler.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import vn.loa.scheduler.planning.CampaignSpec;
import vn.loa.scheduler.planning.CampaignStatus;
import vn.loa.scheduler.planning.FrequencyTarget;
import vn.loa.scheduler.planning.Priority;
import vn.loa.scheduler.publishing.SchedulePublisher;
import vn.loa.scheduler.store.Store;
import vn.loa.scheduler.testing.Folders;
import vn.loa.scheduler.testing.StoredPrograms;
import vn.loa.scheduler.testing.TestPostgres;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * A province's first publication (every station's week of a campaign with {@value #PROGRAMS} programs, each twice a
 * day) and a re-publication with nothing changed, on the embedded SQLite and on PostgreSQL (a private cluster of
 * Debian's server, as the tests use), in one run. Prints, never asserts: the publication holds the store's write
 * lock, so every as-run batch and heartbeat of the province waits for it.
 *
 * <p>Run: {@code mvn -B -ntp -q -DskipTests -DskipITs install && mvn -B -ntp -q -pl scheduler test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=vn.loa.scheduler.bench.PublishBenchmark} (optional argument: stations,
 * default 5,000).
 */
public final class PublishBenchmark {

    private static final int PROGRAMS = 6;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private PublishBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("LOA_REQUEST_LOG", "WARN");
        int stations = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        for (String store : new String[] {"sqlite", "postgresql"}) {
            System.setProperty(TestPostgres.STORE_PROPERTY, store);
            Path dir = Files.createTempDirectory("loa-publish-bench-");
            try (Store s = TestScheduler.openStore(dir)) {
                Instant now = LocalDate.of(2026, 11, 23).atTime(0, 10).atZone(ZONE).toInstant();
                province(s, stations, now);
                SchedulePublisher publisher = new SchedulePublisher(s, Clock.fixed(now, ZONE), 7, ZONE, Duration.ofMinutes(30));
                SchedulePublisher.Result first = publisher.publish();
                SchedulePublisher.Result again = publisher.publish();
                System.out.printf(Locale.ROOT, "%-10s %,d stations: first publication %,d station-days, %,d items in %.1f s;"
                                + " again, nothing changed, in %.1f s%n", store, stations, first.changed(), first.items(),
                        first.millis() / 1e3, again.millis() / 1e3);
            } finally {
                if (TestPostgres.inUse()) {
                    TestPostgres.drop(dir);
                }
                Folders.delete(dir);
            }
        }
    }

    /** A province of {@code stations} communes with a station each (two windows a day), the programs and the campaign. */
    private static void province(Store store, int stations, Instant now) {
        store.write(r -> {
            r.orgUnits().insert(new OrgUnitSpec("98", "Tỉnh Thử Nghiệm", "Tỉnh", OrgUnitLevel.PROVINCE, null), now);
            List<BroadcastWindow> windows = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                windows.add(new BroadcastWindow(day, 330, 420));
                windows.add(new BroadcastWindow(day, 1020, 1110));
            }
            for (int i = 0; i < stations; i++) {
                String commune = String.format("%05d", 20_000 + i);
                r.orgUnits().insert(new OrgUnitSpec(commune, "Xã Thử " + i, "Xã", OrgUnitLevel.COMMUNE, "98"), now);
                r.stations().insert(new StationSpec("TN-" + commune, "Đài truyền thanh xã " + i, commune, List.of("vi"),
                        StationSpec.DEFAULT_TIME_ZONE, windows, QuietHours.DEFAULT, null), now);
            }
            List<Long> programs = new ArrayList<>();
            for (int p = 0; p < PROGRAMS; p++) {
                programs.add(StoredPrograms.approved(r, "Bản tin " + p, "98", p, 200_000, now));
            }
            LocalDate today = LocalDate.ofInstant(now, ZONE);
            return r.planning().insertCampaign(new CampaignSpec("Tuyên truyền phòng chống rét", "98", today,
                    today.plusDays(30), Priority.NORMAL, new FrequencyTarget(FrequencyTarget.Kind.PER_PROGRAM_PER_DAY, 2),
                    List.of("98"), List.of(), programs, List.of()), CampaignStatus.ACTIVE, now);
        });
    }
}
