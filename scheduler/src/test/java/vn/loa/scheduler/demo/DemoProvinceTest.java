package vn.loa.scheduler.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.store.SqliteStore;

class DemoProvinceTest {

    @TempDir
    Path dataDir;

    @Test
    void bacKanLoadsWithOneStationPerCommuneAndWindowsFromPractice() {
        try (SqliteStore store = SqliteStore.open(dataDir, 5000)) {
            store.write(r -> DemoProvince.load(r, Instant.parse("2026-11-22T00:00:00Z")));
            int districts = store.read(r -> r.orgUnits().list(DemoProvince.PROVINCE_CODE, OrgUnitLevel.DISTRICT).size());
            int communes = store.read(r -> r.orgUnits().list(null, OrgUnitLevel.COMMUNE).size());
            List<Station> stations = store.read(r -> r.stations().list(DemoProvince.PROVINCE_CODE));

            assertEquals(8, districts);
            assertEquals(108, communes);
            assertEquals(communes, stations.size());
            assertTrue(stations.stream().anyMatch(DemoProvinceTest::weekdaysOnly), "some stations air on weekdays only");
            assertTrue(stations.stream().anyMatch(s -> s.spec().windows().stream().anyMatch(w -> w.minutes() == 15)),
                    "one urban ward has a 15-minute window");
            assertTrue(stations.stream().anyMatch(s -> s.spec().quietHoursWaived()), "an early window runs under a waiver");
            assertTrue(stations.stream().anyMatch(s -> s.spec().languages().contains("hnj")));
            assertTrue(stations.stream().allMatch(s -> s.spec().name().startsWith("Đài truyền thanh ")));
        }
    }

    private static boolean weekdaysOnly(Station s) {
        return !s.spec().windows().isEmpty()
                && s.spec().windows().stream().map(BroadcastWindow::day).noneMatch(d -> d == DayOfWeek.SUNDAY);
    }
}
