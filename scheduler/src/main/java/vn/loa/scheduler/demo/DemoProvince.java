package vn.loa.scheduler.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.QuietHours;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.imports.ImportResult;
import vn.loa.scheduler.imports.ImportScope;
import vn.loa.scheduler.imports.OrgUnitImport;
import vn.loa.scheduler.registry.StationRegistry;
import vn.loa.scheduler.store.Repositories;

/**
 * The demo province: Bắc Kạn as the GSO catalogue listed it in March 2025 (8 districts, 108 communes),
 * one station per commune, with windows as commune stations run them: 06:00–06:30 and 17:00–17:45
 * most days, some on weekdays only, a short urban window in one ward of the provincial town, and in
 * Pác Nặm an early window before 06:00 under a written waiver (people leave for the fields early).
 * Languages follow the districts' peoples: Tày (tyz), Nùng (nut), H'Mông (hnj).
 */
public final class DemoProvince {

    public static final String PROVINCE_CODE = "06";
    private static final String ORG_UNITS = "/demo/bac-kan-org-units.csv";
    private static final String URBAN_WARD = "01837"; // Phường Sông Cầu
    private static final String EARLY_DISTRICT = "060"; // Huyện Pác Nặm

    private static final Map<String, List<String>> LANGUAGES_BY_DISTRICT = Map.of(
            "058", List.of("vi"),
            "060", List.of("vi", "hnj"),
            "061", List.of("vi", "tyz"),
            "062", List.of("vi", "tyz", "nut"),
            "063", List.of("vi", "tyz"),
            "064", List.of("vi", "tyz"),
            "065", List.of("vi", "nut"),
            "066", List.of("vi", "tyz", "nut"));

    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private DemoProvince() {
    }

    /** Loads the province into an empty store, in the caller's write transaction. */
    public static ImportResult load(Repositories r, Instant now) {
        ImportResult units = OrgUnitImport.apply(r, readOrgUnits(), now, ImportScope.EVERYTHING);
        List<OrgUnit> communes = r.orgUnits().list(null, OrgUnitLevel.COMMUNE);
        for (int i = 0; i < communes.size(); i++) {
            StationRegistry.create(r, stationFor(communes.get(i), i), now);
        }
        return units;
    }

    private static StationSpec stationFor(OrgUnit commune, int index) {
        String district = commune.parentCode();
        List<BroadcastWindow> windows = new ArrayList<>();
        String waiver = null;
        if (commune.code().equals(URBAN_WARD)) {
            add(windows, EVERY_DAY, 6 * 60, 6 * 60 + 15);
            add(windows, EVERY_DAY, 17 * 60 + 30, 17 * 60 + 45);
        } else if (district.equals(EARLY_DISTRICT) && index % 2 == 0) {
            add(windows, EVERY_DAY, 5 * 60 + 30, 6 * 60 + 15);
            add(windows, EVERY_DAY, 17 * 60, 17 * 60 + 45);
            waiver = "Bà con đi nương từ sớm; UBND xã đồng ý phát từ 5 giờ 30.";
        } else {
            Set<DayOfWeek> days = index % 4 == 3 ? WEEKDAYS : EVERY_DAY;
            add(windows, days, 6 * 60, 6 * 60 + 30);
            add(windows, days, 17 * 60, 17 * 60 + 45);
        }
        return new StationSpec("BK-" + commune.code(), stationName(commune), commune.code(),
                LANGUAGES_BY_DISTRICT.getOrDefault(district, List.of("vi")), StationSpec.DEFAULT_TIME_ZONE, windows,
                QuietHours.DEFAULT, waiver);
    }

    /** "Xã Bằng Thành" becomes "Đài truyền thanh xã Bằng Thành". */
    private static String stationName(OrgUnit commune) {
        String name = commune.name();
        String type = commune.type();
        if (type != null && name.startsWith(type)) {
            name = type.toLowerCase(Locale.forLanguageTag("vi")) + name.substring(type.length());
        }
        return "Đài truyền thanh " + name;
    }

    private static void add(List<BroadcastWindow> windows, Set<DayOfWeek> days, int start, int end) {
        for (DayOfWeek day : days) {
            windows.add(new BroadcastWindow(day, start, end));
        }
    }

    private static byte[] readOrgUnits() {
        try (InputStream in = DemoProvince.class.getResourceAsStream(ORG_UNITS)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing: " + ORG_UNITS);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ORG_UNITS, e);
        }
    }
}
