package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.OutputUnit;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatorErrorType;
import io.vertx.openapi.validation.ValidatorException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the OpenAPI validator's findings into an {@link ApiError} a person can act on. */
final class SchemaErrors {

    private static final Pattern PARAMETER = Pattern.compile("(query|path|header|cookie) parameter (\\S+)");
    private static final Pattern TIME_FIELD = Pattern.compile("(start|end|not_before|not_after)'$");
    private static final Pattern REQUIRED = Pattern.compile("required property \"([^\"]+)\"");

    private SchemaErrors() {
    }

    static ApiError of(ValidatorException e) {
        if (e.type() == ValidatorErrorType.UNSUPPORTED_VALUE_FORMAT) {
            return new ApiError(415, "unsupported_media_type",
                    "Kiểu nội dung không được hỗ trợ. Gửi JSON với Content-Type: application/json.",
                    "Unsupported content type. Send JSON with Content-Type: application/json.",
                    new JsonObject().put("reason", e.getMessage()));
        }
        Matcher parameter = PARAMETER.matcher(String.valueOf(e.getMessage()));
        String subject = parameter.find() ? "tham số '" + parameter.group(2) + "'" : null;
        JsonArray problems = new JsonArray();
        for (OutputUnit unit : leaves(e)) {
            String keyword = lastSegment(unit.getKeywordLocation());
            String field = field(unit, keyword);
            String where = subject != null ? subject : field.isEmpty() ? "nội dung yêu cầu" : "trường '" + field + "'";
            problems.add(new JsonObject().put("field", field).put("keyword", keyword)
                    .put("message", describe(keyword, where)).put("message_en", unit.getError()));
        }
        String first = problems.isEmpty() ? "yêu cầu không khớp với mô tả API"
                : problems.getJsonObject(0).getString("message");
        String firstEn = problems.isEmpty() ? e.getMessage() : problems.getJsonObject(0).getString("message_en");
        return new ApiError(400, "invalid_request",
                "Yêu cầu không hợp lệ: " + first + ". Hãy xem mô tả API tại /api/openapi.yaml.",
                "Invalid request: " + firstEn + ". See the API description at /api/openapi.yaml.",
                new JsonObject().put("reason", e.getMessage()).put("problems", problems));
    }

    /** Keywords that only say "something below me failed". */
    private static final Set<String> WRAPPERS = Set.of("properties", "items", "prefixItems", "$ref", "allOf",
            "dependentSchemas", "then", "else", "contains");

    /**
     * The innermost findings, deepest first, without the validator's echoes: wrappers that say a
     * subschema failed, and (with additionalProperties false) a second report of a known property that
     * failed its own schema.
     */
    private static List<OutputUnit> leaves(ValidatorException e) {
        List<OutputUnit> all = new ArrayList<>();
        if (e instanceof SchemaValidationException s && s.getOutputUnit() != null) {
            collect(s.getOutputUnit(), all);
        }
        Set<String> specific = new HashSet<>();
        for (OutputUnit unit : all) {
            String keyword = lastSegment(unit.getKeywordLocation());
            if (!keyword.equals("additionalProperties") && !WRAPPERS.contains(keyword)) {
                specific.add(unit.getInstanceLocation());
            }
        }
        List<OutputUnit> kept = new ArrayList<>();
        for (OutputUnit unit : all) {
            String keyword = lastSegment(unit.getKeywordLocation());
            boolean echo = WRAPPERS.contains(keyword)
                    || keyword.equals("additionalProperties") && hasFindingAtOrBelow(specific, unit.getInstanceLocation());
            if (!echo) {
                kept.add(unit);
            }
        }
        List<OutputUnit> result = kept.isEmpty() ? all : kept;
        result.sort(Comparator.comparingInt((OutputUnit u) -> depth(u.getInstanceLocation())).reversed());
        return result;
    }

    private static boolean hasFindingAtOrBelow(Set<String> locations, String location) {
        return locations.stream().anyMatch(l -> l != null && (l.equals(location) || l.startsWith(location + "/")));
    }

    private static int depth(String location) {
        return location == null ? 0 : (int) location.chars().filter(c -> c == '/').count();
    }

    private static void collect(OutputUnit unit, List<OutputUnit> leaves) {
        List<OutputUnit> children = unit.getErrors();
        if (children == null || children.isEmpty()) {
            if (unit.getError() != null) {
                leaves.add(unit);
            }
            return;
        }
        children.forEach(child -> collect(child, leaves));
    }

    private static String describe(String keyword, String where) {
        return switch (keyword) {
            case "additionalProperties", "unevaluatedProperties" -> where + " không được phép (không có trong mô tả API)";
            case "required" -> "thiếu " + where + " (bắt buộc)";
            case "type" -> where + " sai kiểu dữ liệu";
            case "pattern", "format", "enum", "const" -> where + " không đúng định dạng hoặc giá trị cho phép"
                    + (TIME_FIELD.matcher(where).find() ? " (giờ viết dạng HH:MM, ví dụ 06:00)" : "");
            case "minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum" ->
                    where + " có độ dài hoặc giá trị ngoài giới hạn";
            default -> where + " không hợp lệ";
        };
    }

    /** The field as a path like {@code windows/0/start}; for a missing property, the property itself. */
    private static String field(OutputUnit unit, String keyword) {
        String location = unit.getInstanceLocation() == null ? "" : unit.getInstanceLocation();
        String f = location.startsWith("#") ? location.substring(1) : location;
        f = f.startsWith("/") ? f.substring(1) : f;
        // The location is a JSON pointer in URI-fragment form: percent-encoded UTF-8, with ~1 and ~0 escapes.
        f = URLDecoder.decode(f.replace("+", "%2B"), StandardCharsets.UTF_8).replace("~1", "/").replace("~0", "~");
        if (keyword.equals("required") && unit.getError() != null) {
            Matcher m = REQUIRED.matcher(unit.getError());
            if (m.find()) {
                return f.isEmpty() ? m.group(1) : f + "/" + m.group(1);
            }
        }
        return f;
    }

    private static String lastSegment(String keywordLocation) {
        if (keywordLocation == null) {
            return "";
        }
        int slash = keywordLocation.lastIndexOf('/');
        return slash < 0 ? keywordLocation : keywordLocation.substring(slash + 1);
    }
}
