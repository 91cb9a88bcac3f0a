package vn.loa.scheduler.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.OrgUnitSpec;

/**
 * The units in force after the reform, in the catalogue's layout ({@code code,name,type,level,parent_code}):
 * where a new commune hangs and what its province is called. The map of July 2025 ships in the jar.
 */
record NewMap(Map<String, OrgUnitSpec> units) {

    static final String BUILT_IN = "/map/vn-admin-units-2025-07.csv";

    static NewMap parse(byte[] csv) {
        Map<String, OrgUnitSpec> units = new HashMap<>();
        for (CsvTable.Row r : CsvTable.parse(csv, OrgUnitImport.REQUIRED, OrgUnitImport.OPTIONAL).rows()) {
            OrgUnitLevel.fromWire(r.get("level").toLowerCase()).ifPresent(level -> units.put(r.get("code"),
                    new OrgUnitSpec(r.get("code"), r.get("name"), r.get("type").isEmpty() ? null : r.get("type"), level,
                            r.get("parent_code").isEmpty() ? null : r.get("parent_code"))));
        }
        return new NewMap(Map.copyOf(units));
    }

    Optional<OrgUnitSpec> at(String code, OrgUnitLevel level) {
        return Optional.ofNullable(units.get(code)).filter(u -> u.level() == level);
    }
}
