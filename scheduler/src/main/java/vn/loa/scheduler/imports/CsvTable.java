package vn.loa.scheduler.imports;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.loa.scheduler.domain.DomainException;

/**
 * A CSV file as people make them in Excel: UTF-8 with or without a BOM, comma or semicolon separated
 * (Excel in a Vietnamese locale writes semicolons), a header row naming the columns. Anything else is
 * refused with a message that says how to save the file properly.
 */
final class CsvTable {

    /** One data row; {@code line} is the row number a spreadsheet shows (the header is row 1). */
    record Row(long line, Map<String, String> cells) {
        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = rows;
    }

    List<Row> rows() {
        return rows;
    }

    static CsvTable parse(byte[] bytes, Set<String> required, Set<String> optional) {
        String text = decodeUtf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw refusal("empty_file", "Tệp CSV trống.", "The CSV file is empty.", new JsonObject());
        }
        String headerLine = text.lines().findFirst().orElse("");
        char delimiter = headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            checkHeader(header, required, optional);
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                rows.add(new Row(parser.getCurrentLineNumber(), cells));
            }
            if (rows.isEmpty()) {
                throw refusal("empty_file", "Tệp CSV chỉ có dòng tiêu đề, không có dữ liệu.",
                        "The CSV file has a header but no data rows.", new JsonObject());
            }
            return new CsvTable(rows);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw refusal("unreadable_csv", "Không đọc được tệp CSV: " + e.getMessage()
                            + ". Hãy kiểm tra dấu nháy kép và số cột của mỗi dòng.",
                    "Cannot read the CSV file: " + e.getMessage() + ". Check quotes and the column count of each row.",
                    new JsonObject());
        }
    }

    private static void checkHeader(List<String> header, Set<String> required, Set<String> optional) {
        List<String> missing = required.stream().filter(c -> !header.contains(c)).sorted().toList();
        List<String> unknown = header.stream().filter(c -> !required.contains(c) && !optional.contains(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw refusal("bad_header",
                    "Dòng tiêu đề không đúng: thiếu cột " + missing + ", cột lạ " + unknown + ". Cột bắt buộc: "
                            + required + "; cột tuỳ chọn: " + optional + ".",
                    "The header row is wrong: missing " + missing + ", unknown " + unknown + ". Required: " + required
                            + "; optional: " + optional + ".",
                    new JsonObject().put("missing", missing).put("unknown", unknown));
        }
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refusal("not_utf8",
                    "Tệp không phải UTF-8 nên chữ có dấu sẽ bị hỏng. Trong Excel hãy chọn Lưu thành > CSV UTF-8.",
                    "The file is not UTF-8, so Vietnamese letters would be garbled. In Excel use Save As > CSV UTF-8.",
                    new JsonObject());
        }
    }

    static DomainException refusal(String code, String message, String messageEn, JsonObject details) {
        return new DomainException(DomainException.Kind.INVALID, code, message, messageEn, details);
    }
}
