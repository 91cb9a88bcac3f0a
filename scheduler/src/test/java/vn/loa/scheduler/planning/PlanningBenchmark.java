package vn.loa.scheduler.planning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.OrgUnitSpec;
import vn.loa.scheduler.domain.QuietHours;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.publishing.SchedulePublisher;
import vn.loa.scheduler.store.SqliteStore;
import vn.loa.scheduler.testing.StoredPrograms;

/**
 * Plans 7 days for 1,000 and for 10,000 generated stations (two windows each, one campaign of 20
 * programs once a day, a second competing one) on a real SQLite store, and prints side by side: the
 * time to read the input, to plan (items per second), and to write the same rows without planning.
 * Figures are printed, never asserted.
 *
 * <p>Run (the first command puts the modules it needs in the local repository):
 * {@code mvn -B -ntp -q -DskipTests -DskipITs install && mvn -B -ntp -q -pl scheduler test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=vn.loa.scheduler.planning.PlanningBenchmark}
 */
public final class PlanningBenchmark {

    private PlanningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        for (int stations : new int[] {1_000, 10_000}) {
            run(stations);
        }
    }

    private static void run(int count) throws Exception {
        Path dir = Files.createTempDirectory("loa-plan-bench-");
        Instant now = Instant.parse("2026-11-22T00:00:00Z");
        LocalDate monday = LocalDate.of(2026, 11, 23);
        try (SqliteStore store = SqliteStore.open(dir, 60_000)) {
            List<Long> programs = new ArrayList<>();
            store.write(r -> {
                r.orgUnits().insert(new OrgUnitSpec("99", "Tỉnh Thử Nghiệm", "Tỉnh", OrgUnitLevel.PROVINCE, null), now);
                for (int d = 0; d < 100; d++) {
                    r.orgUnits().insert(new OrgUnitSpec(String.format("%03d", 100 + d), "Huyện " + d, "Huyện",
                            OrgUnitLevel.DISTRICT, "99"), now);
                }
                for (int i = 0; i < count; i++) {
                    String commune = String.format("%05d", 10_000 + i);
                    r.orgUnits().insert(new OrgUnitSpec(commune, "Xã " + i, "Xã", OrgUnitLevel.COMMUNE,
                            String.format("%03d", 100 + i % 100)), now);
                    List<BroadcastWindow> windows = new ArrayList<>();
                    for (DayOfWeek day : DayOfWeek.values()) {
                        if (i % 4 == 3 && day.getValue() > 5) {
                            continue;
                        }
                        windows.add(new BroadcastWindow(day, 360, 390));
                        windows.add(new BroadcastWindow(day, 1020, 1065));
                    }
                    r.stations().insert(new StationSpec("BM-" + commune, "Đài " + i, commune, List.of("vi"),
                            StationSpec.DEFAULT_TIME_ZONE, windows, QuietHours.DEFAULT, null), now);
                }
                for (int p = 0; p < 24; p++) {
                    programs.add(StoredPrograms.approved(r, "Chương trình " + p, "99", p, (180 + (p * 37L) % 115) * 1000, now));
                }
                r.planning().insertCampaign(new CampaignSpec("Chính", "99", monday, monday.plusDays(60), Priority.NORMAL,
                        new FrequencyTarget(FrequencyTarget.Kind.PER_PROGRAM_PER_DAY, 1), List.of("99"), List.of(),
                        programs.subList(0, 20), List.of()), CampaignStatus.ACTIVE, now);
                r.planning().insertCampaign(new CampaignSpec("Cạnh tranh", "99", monday, monday.plusDays(60),
                        Priority.NORMAL, new FrequencyTarget(FrequencyTarget.Kind.PER_PROGRAM_PER_DAY, 2), List.of("100"),
                        List.of(), programs.subList(20, 24), List.of()), CampaignStatus.ACTIVE, now);
                return null;
            });

            long t0 = System.nanoTime();
            PlanningInput input = store.read(r -> r.planning().input(monday, 7, now.minusSeconds(86_400), now, now));
            long t1 = System.nanoTime();
            Plan plan = PlanningEngine.plan(input);
            long t2 = System.nanoTime();
            int[] rows = new int[1];
            store.write(r -> {
                plan.items().forEach((station, days) -> days.forEach((day, items) -> {
                    r.planning().publishDay(station, day, items, SchedulePublisher.etag(items), now, null);
                    rows[0] += items.size();
                }));
                return null;
            });
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%,d stations × 7 days: %,d items%n", count, rows[0]);
            System.out.printf(Locale.ROOT, "  read input      %8.2f s%n", (t1 - t0) / 1e9);
            System.out.printf(Locale.ROOT, "  plan            %8.2f s  (%,.0f items/s)%n", (t2 - t1) / 1e9, rows[0] / ((t2 - t1) / 1e9));
            System.out.printf(Locale.ROOT, "  write rows only %8.2f s  (%,.0f rows/s)%n", (t3 - t2) / 1e9, rows[0] / ((t3 - t2) / 1e9));
        }
    }
}
