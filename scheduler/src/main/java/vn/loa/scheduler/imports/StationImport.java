package vn.loa.scheduler.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import vn.loa.scheduler.domain.MinuteOfDay;
import vn.loa.scheduler.domain.Problem;
import vn.loa.scheduler.domain.QuietHours;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.StationRules;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.domain.WindowNotation;
import vn.loa.scheduler.registry.StationRegistry;
import vn.loa.scheduler.store.Repositories;

/**
 * Imports stations, all rows or none: {@code code,name,commune_code,languages,windows} and optionally
 * {@code time_zone,quiet_not_before,quiet_not_after,quiet_hours_waiver}. Existing station codes are
 * updated. Windows use {@link WindowNotation}; languages are separated by ';'.
 */
public final class StationImport {

    public static final Set<String> REQUIRED = Set.of("code", "name", "commune_code", "languages", "windows");
    public static final Set<String> OPTIONAL = Set.of("time_zone", "quiet_not_before", "quiet_not_after",
            "quiet_hours_waiver");

    private StationImport() {
    }

    /** Runs inside the caller's write transaction; throws (rolling back) if any row is bad. */
    public static ImportResult apply(Repositories r, byte[] csv, Instant now, ImportScope scope) {
        List<CsvTable.Row> rows = CsvTable.parse(csv, REQUIRED, OPTIONAL).rows();
        RowProblems problems = new RowProblems();
        RowProblems warnings = new RowProblems();
        Map<String, Long> seen = new HashMap<>();
        int created = 0;
        int updated = 0;
        for (CsvTable.Row row : rows) {
            if (problems.repeated(row.line(), row.get("code"), seen)) {
                continue;
            }
            List<Problem> rowProblems = new ArrayList<>();
            Optional<Station> existing = r.stations().findByCode(row.get("code"));
            StationSpec spec = StationRegistry.settled(r, specOf(row, rowProblems), existing.map(Station::id).orElse(null));
            rowProblems.addAll(StationRegistry.problemsOf(r, spec, existing.map(Station::id).orElse(null)));
            if (r.orgUnits().findByCode(spec.communeCode()).isPresent() && !scope.covers(spec.communeCode())) {
                rowProblems.add(ImportScope.outside("commune_code", spec.communeCode()));
            }
            if (existing.isPresent() && !scope.covers(existing.get().spec().communeCode())) {
                rowProblems.add(ImportScope.outside("code", existing.get().spec().communeCode()));
            }
            problems.add(row.line(), rowProblems);
            if (!rowProblems.isEmpty()) {
                continue;
            }
            warnings.add(row.line(), StationRules.quietHoursWarnings(spec));
            if (existing.isPresent()) {
                r.stations().update(existing.get().id(), spec, now);
                updated++;
            } else {
                r.stations().insert(spec, now);
                created++;
            }
        }
        problems.throwIfAny();
        return new ImportResult(rows.size(), created, updated, warnings.rows());
    }

    private static StationSpec specOf(CsvTable.Row row, List<Problem> problems) {
        WindowNotation.Parsed windows = WindowNotation.parse(row.get("windows"));
        problems.addAll(windows.problems());
        List<String> languages = new ArrayList<>();
        for (String language : row.get("languages").split(";")) {
            if (!language.isBlank()) {
                languages.add(language.strip().toLowerCase());
            }
        }
        String zone = row.get("time_zone");
        // without either column the station keeps its quiet hours, or a new one takes its province's
        QuietHours quiet = row.get("quiet_not_before").isEmpty() && row.get("quiet_not_after").isEmpty() ? null
                : new QuietHours(minute(row, "quiet_not_before", QuietHours.DEFAULT.notBeforeMinute(), problems),
                        minute(row, "quiet_not_after", QuietHours.DEFAULT.notAfterMinute(), problems));
        String waiver = row.get("quiet_hours_waiver");
        return new StationSpec(row.get("code"), row.get("name"), row.get("commune_code"), languages,
                zone.isEmpty() ? StationSpec.DEFAULT_TIME_ZONE : zone, windows.windows(), quiet,
                waiver.isEmpty() ? null : waiver);
    }

    private static int minute(CsvTable.Row row, String column, int fallback, List<Problem> problems) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return fallback;
        }
        OptionalInt minute = MinuteOfDay.parse(text);
        if (minute.isEmpty()) {
            problems.add(new Problem(column, "Giờ '" + text + "' không hợp lệ; viết như 06:00.",
                    "Time '" + text + "' is invalid; write it like 06:00."));
            return fallback;
        }
        return minute.getAsInt();
    }
}
