package vn.loa.scheduler.imports;

import java.util.List;
import java.util.Set;

/**
 * The old commune → new commune table of the July 2025 reform ({@code old_code, old_name, old_district_code,
 * new_code, new_name}), as the fixture and the statistics office publish it.
 */
record ReformMapping(List<Row> rows) {

    static final Set<String> REQUIRED = Set.of("old_code", "old_district_code", "new_code");
    static final Set<String> OPTIONAL = Set.of("old_name", "new_name");

    /** @param line the row a spreadsheet shows (the header is row 1) */
    record Row(long line, String oldCode, String oldName, String oldDistrictCode, String newCode, String newName) {
    }

    static ReformMapping parse(byte[] csv) {
        return new ReformMapping(CsvTable.parse(csv, REQUIRED, OPTIONAL).rows().stream()
                .map(r -> new Row(r.line(), r.get("old_code"), r.get("old_name"), r.get("old_district_code"),
                        r.get("new_code"), r.get("new_name")))
                .toList());
    }
}
