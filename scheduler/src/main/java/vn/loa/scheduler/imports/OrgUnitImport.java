package vn.loa.scheduler.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.OrgUnitSpec;
import vn.loa.scheduler.domain.Problem;
import vn.loa.scheduler.registry.OrgUnitRegistry;
import vn.loa.scheduler.store.Repositories;

/**
 * Imports org units from the GSO catalogue's layout ({@code code,name,type,level,parent_code}), all
 * rows or none. Rows are applied provinces first, then districts, then communes, so a file may list
 * a unit before its parent. Existing codes are updated.
 */
public final class OrgUnitImport {

    public static final Set<String> REQUIRED = Set.of("code", "name", "level");
    public static final Set<String> OPTIONAL = Set.of("type", "parent_code");

    private OrgUnitImport() {
    }

    /** Runs inside the caller's write transaction; throws (rolling back) if any row is bad. */
    public static ImportResult apply(Repositories r, byte[] csv, Instant now, ImportScope scope) {
        List<CsvTable.Row> rows = CsvTable.parse(csv, REQUIRED, OPTIONAL).rows().stream()
                .sorted(Comparator.comparingInt(OrgUnitImport::levelOrder)).toList();
        RowProblems problems = new RowProblems();
        int created = 0;
        int updated = 0;
        Map<String, Long> seen = new HashMap<>();
        for (CsvTable.Row row : rows) {
            if (problems.repeated(row.line(), row.get("code"), seen)) {
                continue;
            }
            Optional<OrgUnitLevel> level = OrgUnitLevel.fromWire(row.get("level").toLowerCase());
            if (level.isEmpty()) {
                problems.add(row.line(), List.of(new Problem("level",
                        "Cấp '" + row.get("level") + "' không hợp lệ; dùng province, district hoặc commune.",
                        "Level '" + row.get("level") + "' is invalid; use province, district or commune.")));
                continue;
            }
            String parent = row.get("parent_code");
            OrgUnitSpec spec = new OrgUnitSpec(row.get("code"), row.get("name"), emptyToNull(row.get("type")),
                    level.get(), parent.isEmpty() ? null : parent);
            Optional<OrgUnit> existing = r.orgUnits().findByCode(spec.code());
            List<Problem> rowProblems = new ArrayList<>(OrgUnitRegistry.problemsOf(r, spec, existing));
            String scopeUnit = spec.parentCode() == null ? null : spec.parentCode();
            boolean known = scopeUnit == null || r.orgUnits().findByCode(scopeUnit).isPresent();
            if (known && !scope.covers(scopeUnit)) {
                rowProblems.add(ImportScope.outside("parent_code", scopeUnit == null ? spec.code() : scopeUnit));
            }
            problems.add(row.line(), rowProblems);
            if (!rowProblems.isEmpty()) {
                continue;
            }
            if (existing.isPresent()) {
                r.orgUnits().update(spec, now);
                updated++;
            } else {
                r.orgUnits().insert(spec, now);
                created++;
            }
        }
        problems.throwIfAny();
        return new ImportResult(rows.size(), created, updated);
    }

    private static int levelOrder(CsvTable.Row row) {
        return OrgUnitLevel.fromWire(row.get("level").toLowerCase()).map(Enum::ordinal).orElse(-1);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
