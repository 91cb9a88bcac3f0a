package vn.loa.scheduler.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.PlanningGroupSpec;
import vn.loa.scheduler.domain.QuietHours;
import vn.loa.scheduler.domain.Site;
import vn.loa.scheduler.domain.SiteSpec;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.imports.ImportResult;
import vn.loa.scheduler.imports.ImportScope;
import vn.loa.scheduler.imports.OrgUnitImport;
import vn.loa.scheduler.registry.StationRegistry;
import vn.loa.scheduler.store.Repositories;

/**
 * The demo province: Tỉnh Thái Nguyên as it is since 1 July 2025, its 92 communes from the map Loa ships,
 * one station per commune. The 37 communes that were Bắc Kạn's 108 keep each old commune's station as a
 * site (điểm phát) of the new commune's station, as the May 2025 guidance asks (CV 271/TTCSTTĐN-TTCS);
 * the other communes have one site. Windows as commune stations run them: a 05:30 morning session (under a
 * written waiver, people leave for the fields early) or 06:00, and 17:00; some wards on weekdays only;
 * one urban ward with a 15-minute window. Each of the 17 former districts is a planning group of the
 * communes it became part of, so a planner still targets and reads "Huyện Ba Bể cũ". Languages follow the peoples of the former districts: Tày
 * (tyz), Nùng (nut), H'Mông (hnj).
 */
public final class DemoProvince {

    public static final String PROVINCE_CODE = "19";
    private static final String MAP = "/map/vn-admin-units-2025-07.csv";
    /** Bắc Kạn's communes of March 2025 and the Thái Nguyên commune each joined. */
    private static final String FORMER_BAC_KAN = "/demo/bac-kan-to-thai-nguyen.csv";
    /** Which of today's communes each former district (of Thái Nguyên and of Bắc Kạn) became part of. */
    private static final String FORMER_DISTRICTS = "/demo/thai-nguyen-former-districts.csv";
    private static final String URBAN_WARD = "01843"; // Phường Bắc Kạn
    private static final String EARLY_DISTRICT = "060"; // the former Huyện Pác Nặm

    private static final Map<String, List<String>> LANGUAGES_BY_FORMER_DISTRICT = Map.of(
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

    /** An old commune of Bắc Kạn whose station is now a site of a Thái Nguyên commune's station. */
    record FormerCommune(String code, String name, String districtCode, String newCode) {
    }

    private DemoProvince() {
    }

    /** Loads the province into an empty store, in the caller's write transaction. */
    public static ImportResult load(Repositories r, Instant now) {
        ImportResult units = OrgUnitImport.apply(r, provinceRows(), now, ImportScope.EVERYTHING);
        Map<String, List<FormerCommune>> former = formerByNewCommune();
        List<OrgUnit> communes = r.orgUnits().list(PROVINCE_CODE, OrgUnitLevel.COMMUNE);
        for (int i = 0; i < communes.size(); i++) {
            OrgUnit commune = communes.get(i);
            List<FormerCommune> old = former.getOrDefault(commune.code(), List.of());
            Station station = StationRegistry.create(r, stationFor(commune, old, i), now);
            if (!old.isEmpty()) {
                siteEachFormerStation(r, station, old, now);
            }
        }
        formerDistrictGroups().forEach(group -> r.planningGroups().insert(group, now));
        return units;
    }

    /** One planning group per former district: "Huyện Ba Bể cũ (tỉnh Bắc Kạn)", code HUYEN-061. */
    static List<PlanningGroupSpec> formerDistrictGroups() {
        Map<String, PlanningGroupSpec> groups = new LinkedHashMap<>();
        List<String> lines = lines(FORMER_DISTRICTS);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            PlanningGroupSpec before = groups.get(f[0]);
            List<String> members = new ArrayList<>(before == null ? List.of() : before.memberCodes());
            members.add(f[3]);
            groups.put(f[0], new PlanningGroupSpec("HUYEN-" + f[0], f[1].replace("Thành Phố", "Thành phố") + " cũ ("
                    + lower(f[2]) + ")", PROVINCE_CODE, members));
        }
        return List.copyOf(groups.values());
    }

    /** The station's first site becomes the first old station; the others are added beside it. */
    private static void siteEachFormerStation(Repositories r, Station station, List<FormerCommune> old, Instant now) {
        Site first = r.sites().listForStation(station.id()).get(0);
        for (int k = 0; k < old.size(); k++) {
            FormerCommune c = old.get(k);
            SiteSpec site = new SiteSpec("BK-" + c.code(), "Điểm phát " + lower(c.name()) + " cũ",
                    "Trụ sở UBND " + lower(c.name()) + " cũ", null, null, "BK-" + c.code());
            if (k == 0) {
                r.sites().update(first.id(), site, now);
            } else {
                r.sites().insert(station.id(), site, now);
            }
        }
    }

    private static StationSpec stationFor(OrgUnit commune, List<FormerCommune> old, int index) {
        String formerDistrict = old.isEmpty() ? null : old.get(0).districtCode();
        List<BroadcastWindow> windows = new ArrayList<>();
        String waiver = null;
        if (commune.code().equals(URBAN_WARD)) {
            add(windows, EVERY_DAY, 6 * 60, 6 * 60 + 15);
            add(windows, EVERY_DAY, 17 * 60 + 30, 17 * 60 + 45);
        } else if (EARLY_DISTRICT.equals(formerDistrict) || index % 3 == 1) {
            add(windows, EVERY_DAY, 5 * 60 + 30, 6 * 60 + 15);
            add(windows, EVERY_DAY, 17 * 60, 17 * 60 + 45);
            waiver = "Bà con đi nương từ sớm; UBND xã đồng ý phát từ 5 giờ 30.";
        } else {
            Set<DayOfWeek> days = "Phường".equals(commune.type()) && index % 2 == 0 ? WEEKDAYS : EVERY_DAY;
            add(windows, days, 6 * 60, 6 * 60 + 30);
            add(windows, days, 17 * 60, 17 * 60 + 45);
        }
        List<String> languages = formerDistrict != null ? LANGUAGES_BY_FORMER_DISTRICT.getOrDefault(formerDistrict, List.of("vi"))
                : "Xã".equals(commune.type()) ? List.of("vi", "tyz") : List.of("vi");
        return new StationSpec("TN-" + commune.code(), "Đài truyền thanh " + lower(commune.name()), commune.code(), languages,
                StationSpec.DEFAULT_TIME_ZONE, windows, QuietHours.DEFAULT, waiver);
    }

    /** "Xã Chợ Rã" becomes "xã Chợ Rã", as it reads inside a sentence. */
    private static String lower(String unitName) {
        for (String type : List.of("Phường", "Xã", "Thị trấn", "Đặc khu", "Tỉnh")) {
            if (unitName.startsWith(type + " ")) {
                return type.toLowerCase(Locale.forLanguageTag("vi")) + unitName.substring(type.length());
            }
        }
        return unitName;
    }

    private static void add(List<BroadcastWindow> windows, Set<DayOfWeek> days, int start, int end) {
        for (DayOfWeek day : days) {
            windows.add(new BroadcastWindow(day, start, end));
        }
    }

    /** The province and its communes, from the whole country's map. */
    private static byte[] provinceRows() {
        StringBuilder csv = new StringBuilder();
        List<String> lines = lines(MAP);
        csv.append(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f[0].equals(PROVINCE_CODE) || f[4].equals(PROVINCE_CODE)) {
                csv.append(line).append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, List<FormerCommune>> formerByNewCommune() {
        Map<String, List<FormerCommune>> byNew = new LinkedHashMap<>();
        List<String> lines = lines(FORMER_BAC_KAN);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            byNew.computeIfAbsent(f[3], k -> new ArrayList<>()).add(new FormerCommune(f[0], f[1], f[2], f[3]));
        }
        return byNew;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = DemoProvince.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
