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
import vn.loa.scheduler.domain.PlanningGroup;
import vn.loa.scheduler.domain.Site;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.store.SqliteStore;

class DemoProvinceTest {

    @TempDir
    Path dataDir;

    @Test
    void thaiNguyenLoadsAsItIsTodayWithTheFormerBacKanStationsAsSites() {
        try (SqliteStore store = SqliteStore.open(dataDir, 5000)) {
            store.write(r -> DemoProvince.load(r, Instant.parse("2026-11-22T00:00:00Z")));
            int districts = store.read(r -> r.orgUnits().list(null, OrgUnitLevel.DISTRICT).size());
            int communes = store.read(r -> r.orgUnits().list(DemoProvince.PROVINCE_CODE, OrgUnitLevel.COMMUNE).size());
            List<Station> stations = store.read(r -> r.stations().list(DemoProvince.PROVINCE_CODE));
            int sites = store.read(r -> stations.stream().mapToInt(s -> r.sites().listForStation(s.id()).size()).sum());

            assertEquals("Tỉnh Thái Nguyên", store.read(r -> r.orgUnits().findByCode("19")).orElseThrow().name());
            assertEquals(0, districts, "two levels: no district since July 2025");
            assertEquals(92, communes);
            assertEquals(communes, stations.size(), "one station per commune");
            assertEquals(92 - 37 + 108, sites, "Bắc Kạn's 108 old stations are sites of its 37 new communes");

            Station choRa = stations.stream().filter(s -> s.spec().communeCode().equals("01912")).findFirst().orElseThrow();
            assertEquals("Đài truyền thanh xã Chợ Rã", choRa.spec().name());
            List<Site> choRaSites = store.read(r -> r.sites().listForStation(choRa.id()));
            assertEquals(List.of("BK-01888", "BK-01912", "BK-01915"),
                    choRaSites.stream().map(s -> s.spec().formerStationCode()).toList(), "one site per old station");
            assertEquals("Điểm phát thị trấn Chợ Rã cũ", choRaSites.get(0).spec().name());

            List<PlanningGroup> groups = store.read(r -> r.planningGroups().list(DemoProvince.PROVINCE_CODE));
            assertEquals(17, groups.size(), "a planning group per former district, 8 of Bắc Kạn and 9 of Thái Nguyên");
            PlanningGroup baBe = groups.stream().filter(g -> g.spec().code().equals("HUYEN-061")).findFirst().orElseThrow();
            assertEquals("Huyện Ba Bể cũ (tỉnh Bắc Kạn)", baBe.spec().name());
            assertTrue(baBe.spec().memberCodes().containsAll(List.of("01906", "01912")), "Xã Ba Bể and Xã Chợ Rã were Ba Bể's");

            assertTrue(stations.stream().anyMatch(DemoProvinceTest::weekdaysOnly), "some wards air on weekdays only");
            assertTrue(stations.stream().anyMatch(s -> s.spec().windows().stream().anyMatch(w -> w.minutes() == 15)),
                    "one urban ward has a 15-minute window");
            assertTrue(stations.stream().anyMatch(s -> s.spec().windows().stream().anyMatch(w -> w.startMinute() == 5 * 60 + 30)
                    && s.spec().quietHoursWaived()), "a 05:30 session runs under a written waiver");
            assertTrue(stations.stream().anyMatch(s -> s.spec().languages().contains("hnj")));
            assertTrue(stations.stream().allMatch(s -> s.spec().name().startsWith("Đài truyền thanh ")));
        }
    }

    private static boolean weekdaysOnly(Station s) {
        return !s.spec().windows().isEmpty()
                && s.spec().windows().stream().map(BroadcastWindow::day).noneMatch(d -> d == DayOfWeek.SUNDAY);
    }
}
