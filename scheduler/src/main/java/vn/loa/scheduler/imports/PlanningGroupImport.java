package vn.loa.scheduler.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loa.scheduler.domain.PlanningGroupSpec;
import vn.loa.scheduler.domain.Problem;
import vn.loa.scheduler.registry.PlanningGroups;
import vn.loa.scheduler.store.Repositories;

/**
 * Imports planning groups, all rows or none: one row per member, {@code group_code,group_name,
 * province_code,commune_code}. A group named in the file gets exactly the file's members (an existing
 * group's members are replaced); groups not in the file stay as they are.
 */
public final class PlanningGroupImport {

    public static final Set<String> REQUIRED = Set.of("group_code", "group_name", "province_code", "commune_code");

    private record Group(long firstLine, String code, String name, String province, List<String> members) {
    }

    private PlanningGroupImport() {
    }

    /** Runs inside the caller's write transaction; throws (rolling back) if any row is bad. */
    public static ImportResult apply(Repositories r, byte[] csv, Instant now, ImportScope scope) {
        List<CsvTable.Row> rows = CsvTable.parse(csv, REQUIRED, Set.of()).rows();
        RowProblems problems = new RowProblems();
        Map<String, Group> groups = new LinkedHashMap<>();
        for (CsvTable.Row row : rows) {
            String code = row.get("group_code");
            Group group = groups.computeIfAbsent(code, c -> new Group(row.line(), c, row.get("group_name"),
                    row.get("province_code"), new ArrayList<>()));
            if (!group.name().equals(row.get("group_name")) || !group.province().equals(row.get("province_code"))) {
                problems.add(row.line(), List.of(new Problem("group_name", "Nhóm '" + code + "' ở dòng " + group.firstLine()
                        + " có tên hoặc tỉnh khác dòng này.", "Group '" + code + "' has another name or province on row "
                        + group.firstLine() + ".")));
            }
            group.members().add(row.get("commune_code"));
        }
        int created = 0;
        int updated = 0;
        for (Group g : groups.values()) {
            PlanningGroupSpec spec = new PlanningGroupSpec(g.code(), g.name(), g.province(), g.members());
            boolean exists = r.planningGroups().findByCode(g.code()).isPresent();
            List<Problem> groupProblems = new ArrayList<>(PlanningGroups.problemsOf(r, spec, !exists));
            if (r.orgUnits().findByCode(g.province()).isPresent() && !scope.covers(g.province())) {
                groupProblems.add(ImportScope.outside("province_code", g.province()));
            }
            problems.add(g.firstLine(), groupProblems);
            if (!groupProblems.isEmpty()) {
                continue;
            }
            if (exists) {
                r.planningGroups().update(spec, now);
                updated++;
            } else {
                r.planningGroups().insert(spec, now);
                created++;
            }
        }
        problems.throwIfAny();
        return new ImportResult(rows.size(), created, updated);
    }
}
