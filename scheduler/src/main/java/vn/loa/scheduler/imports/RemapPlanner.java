package vn.loa.scheduler.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.OrgUnitSpec;
import vn.loa.scheduler.domain.PlanningGroupSpec;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.domain.access.User;
import vn.loa.scheduler.planning.CampaignRecord;
import vn.loa.scheduler.planning.CampaignSpec;

/**
 * Works out a {@link RemapPlan} from what the deployment holds and the two files. Pure: it reads only the
 * snapshot, so the dry run and the apply (which plans again inside its transaction) agree.
 */
final class RemapPlanner {

    /** What the deployment holds, read in one transaction. */
    record Snapshot(List<OrgUnit> units, List<Station> stations, List<User> users,
                    List<CampaignRecord> campaigns, Set<String> groupCodes, LocalDate today) {
    }

    static final String DISTRICT_GROUP = "HUYEN-";
    static final String PROVINCE_GROUP = "TINH-";
    static final String STATION_PREFIX = "XA-";

    private final Snapshot s;
    private final NewMap newMap;
    private final List<RemapPlan.RowProblem> problems = new ArrayList<>();
    private final Map<String, OrgUnit> inForce = new HashMap<>();

    private RemapPlanner(Snapshot snapshot, NewMap newMap) {
        this.s = snapshot;
        this.newMap = newMap;
        snapshot.units().stream().filter(OrgUnit::inForce).forEach(u -> inForce.put(u.code(), u));
    }

    static RemapPlan plan(Snapshot snapshot, ReformMapping mapping, NewMap newMap) {
        return new RemapPlanner(snapshot, newMap).plan(mapping);
    }

    private RemapPlan plan(ReformMapping mapping) {
        Set<String> districts = s.units().stream().filter(u -> u.level() == OrgUnitLevel.DISTRICT).map(OrgUnit::code)
                .collect(Collectors.toSet());
        Set<String> movedBefore = s.units().stream().filter(u -> !u.inForce() && u.level() == OrgUnitLevel.COMMUNE)
                .map(u -> u.code() + "/" + u.parentCode()).collect(Collectors.toSet());
        int skipped = 0;
        int before = 0;
        Map<String, List<ReformMapping.Row>> rowsByOld = new LinkedHashMap<>();
        for (ReformMapping.Row row : mapping.rows()) {
            if (!districts.contains(row.oldDistrictCode())) {
                skipped++;
            } else if (movedBefore.contains(row.oldCode() + "/" + row.oldDistrictCode())) {
                before++;
            } else if (checkRow(row)) {
                rowsByOld.computeIfAbsent(row.oldCode(), k -> new ArrayList<>()).add(row);
            }
        }
        Map<String, String> moveTo = new TreeMap<>();
        rowsByOld.forEach((old, rows) -> {
            Set<String> targets = rows.stream().map(ReformMapping.Row::newCode).collect(Collectors.toCollection(TreeSet::new));
            if (targets.size() > 1) {
                rows.forEach(r -> problem(r.line(), "Xã cũ " + old + " được chia cho nhiều xã mới (" + String.join(", ", targets)
                        + "): đài của xã chỉ gộp được vào một xã, hãy giữ một dòng.", "Old commune " + old
                        + " is split between new communes (" + String.join(", ", targets)
                        + "): its station joins one commune only, keep one row."));
            } else {
                moveTo.put(old, targets.iterator().next());
            }
        });
        Set<String> oldDistricts = new TreeSet<>();
        moveTo.keySet().forEach(c -> oldDistricts.add(inForce.get(c).parentCode()));
        Set<String> oldProvinces = new TreeSet<>();
        oldDistricts.forEach(d -> oldProvinces.add(inForce.get(d).parentCode()));
        requireWhole(oldDistricts, OrgUnitLevel.COMMUNE, moveTo.keySet(), "xã", "commune", "huyện", "district");
        requireWhole(oldProvinces, OrgUnitLevel.DISTRICT, oldDistricts, "huyện", "district", "tỉnh", "province");
        if (!problems.isEmpty() || moveTo.isEmpty()) {
            return new RemapPlan(List.copyOf(problems), mapping.rows().size(), skipped, before, List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        return changes(mapping.rows().size(), skipped, before, moveTo, oldDistricts, oldProvinces);
    }

    private RemapPlan changes(int rows, int skipped, int before, Map<String, String> moveTo, Set<String> oldDistricts,
                              Set<String> oldProvinces) {
        List<OrgUnit> supersede = new ArrayList<>();
        moveTo.keySet().forEach(c -> supersede.add(inForce.get(c)));
        oldDistricts.forEach(d -> supersede.add(inForce.get(d)));
        List<OrgUnitSpec> renamed = new ArrayList<>();
        Set<String> droppedProvinces = new TreeSet<>();
        for (String p : oldProvinces) {
            Optional<OrgUnitSpec> kept = newMap.at(p, OrgUnitLevel.PROVINCE);
            if (kept.isPresent()) {
                if (!kept.get().name().equals(inForce.get(p).name())) {
                    renamed.add(kept.get());
                }
            } else {
                supersede.add(inForce.get(p));
                droppedProvinces.add(p);
            }
        }
        Set<String> leaving = supersede.stream().map(OrgUnit::code).collect(Collectors.toSet());
        Set<String> newCommunes = new TreeSet<>(moveTo.values());
        List<OrgUnitSpec> created = new ArrayList<>();
        Set<String> newProvinces = new TreeSet<>();
        newCommunes.forEach(c -> newProvinces.add(newMap.at(c, OrgUnitLevel.COMMUNE).orElseThrow().parentCode()));
        newProvinces.stream().filter(p -> !inForce.containsKey(p) || leaving.contains(p))
                .forEach(p -> created.add(newMap.at(p, OrgUnitLevel.PROVINCE).orElseThrow()));
        newCommunes.stream().filter(c -> !inForce.containsKey(c) || leaving.contains(c))
                .forEach(c -> created.add(newMap.at(c, OrgUnitLevel.COMMUNE).orElseThrow()));

        Map<String, Set<String>> formedFrom = new TreeMap<>();
        moveTo.forEach((old, now) -> {
            OrgUnit district = inForce.get(inForce.get(old).parentCode());
            formedFrom.computeIfAbsent(district.code(), k -> new TreeSet<>()).add(now);
            if (droppedProvinces.contains(district.parentCode())) {
                formedFrom.computeIfAbsent(district.parentCode(), k -> new TreeSet<>()).add(now);
            }
        });
        Map<String, String> groupOf = new HashMap<>();
        List<RemapPlan.Group> groups = new ArrayList<>();
        formedFrom.forEach((code, communes) -> {
            OrgUnit former = inForce.get(code);
            String groupCode = (former.level() == OrgUnitLevel.PROVINCE ? PROVINCE_GROUP : DISTRICT_GROUP) + code;
            groupOf.put(code, groupCode);
            if (!s.groupCodes().contains(groupCode)) {
                String province = mostCommon(communes.stream().map(c -> newMap.at(c, OrgUnitLevel.COMMUNE).orElseThrow()
                        .parentCode()).toList());
                List<String> members = communes.stream().filter(c -> province.equals(newMap.at(c, OrgUnitLevel.COMMUNE)
                        .orElseThrow().parentCode())).toList();
                groups.add(new RemapPlan.Group(new PlanningGroupSpec(groupCode, groupName(former), province, members),
                        former.id()));
            }
        });

        Map<String, String> newStationOf = new TreeMap<>();
        List<StationSpec> newStations = new ArrayList<>();
        List<RemapPlan.Merge> merges = new ArrayList<>();
        Set<String> stationCodes = s.stations().stream().map(st -> st.spec().code()).collect(Collectors.toCollection(HashSet::new));
        Map<String, List<Station>> movingByNew = new TreeMap<>();
        s.stations().stream().filter(st -> !st.merged() && moveTo.containsKey(st.spec().communeCode()))
                .sorted(Comparator.comparing(st -> st.spec().code()))
                .forEach(st -> movingByNew.computeIfAbsent(moveTo.get(st.spec().communeCode()), k -> new ArrayList<>()).add(st));
        movingByNew.forEach((commune, old) -> {
            Optional<Station> existing = s.stations().stream().filter(st -> !st.merged()
                    && commune.equals(st.spec().communeCode()) && !leaving.contains(commune)).findFirst();
            String target;
            if (existing.isPresent()) {
                target = existing.get().spec().code();
            } else {
                Station lead = old.stream().filter(st -> st.spec().communeCode().equals(commune)).findFirst().orElse(old.get(0));
                target = freeCode(STATION_PREFIX + commune, stationCodes);
                StationSpec l = lead.spec();
                newStations.add(new StationSpec(target, "Đài truyền thanh " + lowerFirst(newMap.at(commune,
                        OrgUnitLevel.COMMUNE).orElseThrow().name()), commune, l.languages(), l.timeZone(), l.windows(),
                        l.quietHours(), l.quietHoursWaiver()));
            }
            newStationOf.put(commune, target);
            old.forEach(st -> merges.add(new RemapPlan.Merge(st.id(), st.spec().code(), target)));
        });

        Function<String, String> scopeAfter = code -> code == null ? null
                : moveTo.containsKey(code) ? moveTo.get(code) : groupOf.getOrDefault(code, code);
        List<RemapPlan.UserScope> users = new ArrayList<>();
        s.users().stream().filter(u -> u.scopeCode() != null && leaving.contains(u.scopeCode()))
                .forEach(u -> users.add(new RemapPlan.UserScope(u.id(), u.username(), u.scopeCode(),
                        scopeAfter.apply(u.scopeCode()))));
        Map<Long, String> stationMovedTo = new HashMap<>();
        merges.forEach(m -> stationMovedTo.put(m.stationId(), m.newStationCode()));
        List<RemapPlan.Retarget> campaigns = new ArrayList<>();
        for (CampaignRecord c : s.campaigns()) {
            CampaignSpec spec = c.spec();
            boolean touched = spec.targetUnits().stream().anyMatch(leaving::contains)
                    || spec.targetStations().stream().anyMatch(stationMovedTo::containsKey);
            if (spec.to().isBefore(s.today()) || !touched) {
                continue;
            }
            List<String> units = spec.targetUnits().stream().map(scopeAfter).distinct().toList();
            List<Long> kept = spec.targetStations().stream().filter(id -> !stationMovedTo.containsKey(id)).toList();
            List<String> joined = spec.targetStations().stream().filter(stationMovedTo::containsKey)
                    .map(stationMovedTo::get).distinct().toList();
            campaigns.add(new RemapPlan.Retarget(c.id(), new CampaignSpec(spec.name(), spec.ownerUnitCode(), spec.from(),
                    spec.to(), spec.priority(), spec.target(), units, kept, spec.programIds(), spec.preferred()), joined));
        }
        return new RemapPlan(List.of(), rows, skipped, before, supersede, renamed, created, groups, newStations, merges,
                users, campaigns);
    }

    /** A row names an old commune of this deployment and a commune of the new map. */
    private boolean checkRow(ReformMapping.Row row) {
        OrgUnit old = inForce.get(row.oldCode());
        boolean ok = true;
        if (old == null || old.level() != OrgUnitLevel.COMMUNE || !row.oldDistrictCode().equals(old.parentCode())) {
            problem(row.line(), "Không có xã cũ mã " + row.oldCode() + " thuộc huyện " + row.oldDistrictCode() + " trong Loa.",
                    "There is no old commune " + row.oldCode() + " of district " + row.oldDistrictCode() + " in Loa.");
            ok = false;
        }
        if (newMap.at(row.newCode(), OrgUnitLevel.COMMUNE).isEmpty()) {
            problem(row.line(), "Mã xã mới " + row.newCode() + " không có trong bản đồ hành chính mới.",
                    "New commune code " + row.newCode() + " is not in the new map.");
            ok = false;
        }
        return ok;
    }

    /** A unit moves whole: every child in force of each parent must have a row, or it would hang under a former unit. */
    private void requireWhole(Set<String> parents, OrgUnitLevel childLevel, Set<String> moving, String childVi, String childEn,
                              String parentVi, String parentEn) {
        s.units().stream().filter(u -> u.inForce() && u.level() == childLevel && parents.contains(u.parentCode())
                        && !moving.contains(u.code())).sorted(Comparator.comparing(OrgUnit::code))
                .forEach(u -> problem(0, "Tệp không có dòng nào cho " + childVi + " " + u.code() + " (" + u.name() + ") của "
                        + parentVi + " " + u.parentCode() + ": cả " + parentVi + " phải chuyển cùng lúc.", "The file has no row for "
                        + childEn + " " + u.code() + " (" + u.name() + ") of " + parentEn + " " + u.parentCode()
                        + ": the whole " + parentEn + " moves at once."));
    }

    private void problem(long line, String vi, String en) {
        problems.add(new RemapPlan.RowProblem(line, vi, en));
    }

    /** "Huyện Ba Bể cũ (tỉnh Bắc Kạn)", as the demo's groups are named. */
    private String groupName(OrgUnit former) {
        OrgUnit province = former.parentCode() == null ? null : inForce.get(former.parentCode());
        return former.name() + " cũ" + (province == null ? "" : " (" + lowerFirst(province.name()) + ")");
    }

    private static String mostCommon(Collection<String> values) {
        Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static String freeCode(String wanted, Set<String> taken) {
        String code = wanted;
        for (int n = 2; taken.contains(code); n++) {
            code = wanted + "-" + n;
        }
        taken.add(code);
        return code;
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
