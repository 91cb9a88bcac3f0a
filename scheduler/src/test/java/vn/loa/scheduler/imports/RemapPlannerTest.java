package vn.loa.scheduler.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.QuietHours;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.StationSpec;

/** The remap's plan from a small 2024 deployment, without a store: what moves, and what stops it. */
class RemapPlannerTest {

    private static final String HEADER = "old_code,old_name,old_district_code,new_code,new_name\n";
    private static final NewMap NEW_MAP = NewMap.parse(("code,name,type,level,parent_code\n"
            + "19,Tỉnh Thái Nguyên,Tỉnh,province,\n01912,Xã Chợ Rã,Xã,commune,19\n01906,Xã Ba Bể,Xã,commune,19\n")
            .getBytes(StandardCharsets.UTF_8));

    private final List<OrgUnit> units = new ArrayList<>(List.of(
            unit(1, "06", "Tỉnh Bắc Kạn", OrgUnitLevel.PROVINCE, null),
            unit(2, "061", "Huyện Ba Bể", OrgUnitLevel.DISTRICT, "06"),
            unit(3, "01888", "Thị trấn Chợ Rã", OrgUnitLevel.COMMUNE, "061"),
            unit(4, "01912", "Xã Thượng Giáo", OrgUnitLevel.COMMUNE, "061"),
            unit(5, "01906", "Xã Khang Ninh", OrgUnitLevel.COMMUNE, "061")));
    private final List<Station> stations = List.of(station(10, "BB-01888", "01888", 6 * 60),
            station(11, "BB-01912", "01912", 5 * 60 + 30), station(12, "BB-01906", "01906", 6 * 60));

    private static OrgUnit unit(long id, String code, String name, OrgUnitLevel level, String parent) {
        return new OrgUnit(id, code, name, null, level, parent, null);
    }

    private static Station station(long id, String code, String commune, int windowStart) {
        return new Station(id, new StationSpec(code, "Đài " + code, commune, List.of("vi"), StationSpec.DEFAULT_TIME_ZONE,
                List.of(new BroadcastWindow(DayOfWeek.MONDAY, windowStart, windowStart + 30)), QuietHours.DEFAULT, null),
                Instant.EPOCH, Instant.EPOCH);
    }

    private RemapPlan plan(String rows) {
        RemapPlanner.Snapshot snapshot = new RemapPlanner.Snapshot(units, stations, List.of(), List.of(), Set.of(),
                LocalDate.of(2025, 7, 2));
        return RemapPlanner.plan(snapshot, ReformMapping.parse((HEADER + rows).getBytes(StandardCharsets.UTF_8)), NEW_MAP);
    }

    private static final String ALL = "01888,Thị trấn Chợ Rã,061,01912,Xã Chợ Rã\n01912,Xã Thượng Giáo,061,01912,Xã Chợ Rã\n"
            + "01906,Xã Khang Ninh,061,01906,Xã Ba Bể\n";

    @Test
    void twoOldStationsJoinTheNewCommunesStationWhichTakesTheSettingsOfTheOneWhoseCodeItKept() {
        RemapPlan plan = plan(ALL + "09999,Xã Khác,999,09998,Xã Khác Mới\n");
        assertTrue(plan.applicable(), plan.problems().toString());
        assertEquals(1, plan.skippedRows(), "a row of a district this deployment never had");
        assertEquals(List.of("01888", "01906", "01912", "061", "06"), plan.supersede().stream().map(OrgUnit::code).toList(),
                "Bắc Kạn is gone from the new map: it leaves force with its district and communes");
        assertEquals(List.of("19", "01906", "01912"), plan.created().stream().map(u -> u.code()).toList(),
                "the province first, then the communes (reusing the old codes)");
        assertEquals(List.of("HUYEN-061", "TINH-06"), plan.groups().stream().map(g -> g.spec().code()).sorted().toList());
        RemapPlan.Group district = plan.groups().stream().filter(g -> g.spec().code().equals("HUYEN-061")).findFirst()
                .orElseThrow();
        assertEquals("Huyện Ba Bể cũ (tỉnh Bắc Kạn)", district.spec().name());
        assertEquals(List.of("01906", "01912"), district.spec().memberCodes());
        assertEquals(2, district.formerUnitId(), "it covers the former district's history");
        StationSpec choRa = plan.newStations().stream().filter(s -> s.code().equals("XA-01912")).findFirst().orElseThrow();
        assertEquals(5 * 60 + 30, choRa.windows().get(0).startMinute(), "the windows of Thượng Giáo's station (code 01912)");
        assertEquals("Đài truyền thanh xã Chợ Rã", choRa.name());
        assertEquals(List.of("BB-01888 → XA-01912", "BB-01906 → XA-01906", "BB-01912 → XA-01912"), plan.merges().stream()
                .map(m -> m.stationCode() + " → " + m.newStationCode()).sorted().toList());
    }

    @Test
    void aRowThatNamesNoNewCommuneOrLeavesACommuneBehindStopsTheRun() {
        RemapPlan unknownNew = plan(ALL.replace("01906,Xã Ba Bể", "01907,Xã Không Có"));
        assertFalse(unknownNew.applicable());
        assertTrue(unknownNew.problems().get(0).vietnamese().contains("Mã xã mới 01907 không có trong bản đồ hành chính mới"),
                unknownNew.problems().toString());
        assertTrue(unknownNew.supersede().isEmpty() && unknownNew.merges().isEmpty(), "nothing is planned");

        RemapPlan partial = plan(ALL.lines().limit(2).map(l -> l + "\n").reduce("", String::concat));
        assertFalse(partial.applicable());
        assertTrue(partial.problems().get(0).vietnamese().contains("không có dòng nào cho xã 01906 (Xã Khang Ninh) của huyện 061"),
                partial.problems().toString());
    }

    @Test
    void aDeploymentAlreadyMovedHasNothingToDo() {
        units.replaceAll(u -> new OrgUnit(u.id(), u.code(), u.name(), u.type(), u.level(), u.parentCode(),
                LocalDate.of(2025, 7, 1)));
        RemapPlan plan = plan(ALL);
        assertTrue(plan.applicable());
        assertEquals(3, plan.movedBefore());
        assertTrue(plan.changesNothing());
    }
}
