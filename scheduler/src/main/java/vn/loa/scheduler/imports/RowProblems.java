package vn.loa.scheduler.imports;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Problem;

/**
 * Every bad row of one import file, so a person can fix them all before trying again; or, kept apart, the
 * rows imported with a warning to read.
 */
final class RowProblems {

    private record BadRow(long line, List<Problem> problems) {
    }

    private final List<BadRow> bad = new ArrayList<>();

    void add(long line, List<Problem> problems) {
        if (!problems.isEmpty()) {
            bad.add(new BadRow(line, problems));
        }
    }

    /** Records a row whose key already appeared earlier in the same file; true when it did. */
    boolean repeated(long line, String key, Map<String, Long> seen) {
        Long first = seen.putIfAbsent(key, line);
        if (first == null) {
            return false;
        }
        add(line, List.of(new Problem("code", "Mã '" + key + "' đã có ở dòng " + first + " của tệp.",
                "Code '" + key + "' already appears on row " + first + " of the file.")));
        return true;
    }

    /** The rows in file order, each {@code {row, problems: [...]}}: the shape errors and warnings share. */
    JsonArray rows() {
        bad.sort((a, b) -> Long.compare(a.line, b.line));
        JsonArray rows = new JsonArray();
        for (BadRow row : bad) {
            JsonArray problems = new JsonArray();
            row.problems.forEach(p -> problems.add(p.toJson()));
            rows.add(new JsonObject().put("row", row.line).put("problems", problems));
        }
        return rows;
    }

    /** Throws the refusal that rolls the whole import back, when any row is bad. */
    void throwIfAny() {
        if (bad.isEmpty()) {
            return;
        }
        JsonArray rows = rows();
        StringBuilder vi = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (BadRow row : bad) {
            if (vi.length() < 600) {
                vi.append(" Dòng ").append(row.line).append(": ").append(row.problems.get(0).message());
                en.append(" Row ").append(row.line).append(": ").append(row.problems.get(0).messageEn());
            }
        }
        throw new DomainException(DomainException.Kind.INVALID, "import_rejected",
                "Tệp có " + bad.size() + " dòng lỗi nên không dòng nào được nhập. Hãy sửa rồi nhập lại cả tệp." + vi,
                "The file has " + bad.size() + " bad rows, so nothing was imported. Fix them and import the whole file again." + en,
                new JsonObject().put("rows", rows));
    }
}
