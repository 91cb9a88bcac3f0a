package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.JsonSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A JSON Schema compiled once into checks, for the few operations agents call all day with large bodies (an as-run
 * batch of 100 records): the library's validator interprets the schema afresh for every value, which cost more than
 * storing the records. It knows only the keywords the contract's agent bodies use and answers in three ways: the
 * value is valid, invalid, or it cannot tell (a keyword it does not know, a number written as a fraction, a control
 * character in a string). Only "valid" is trusted; anything else goes to the library's validator, whose answer and
 * error wording stay the contract's. So it can never accept what the contract refuses by not knowing a keyword.
 */
final class FastSchema {

    enum Verdict { VALID, INVALID, UNSURE }

    /** Keywords that say nothing about validity. */
    private static final Set<String> NOTES = Set.of("description", "title", "example", "examples", "default", "$comment");

    private interface Check {
        Verdict of(Object value);
    }

    private final Check root;
    private final boolean complete;

    private FastSchema(Check root, boolean complete) {
        this.root = root;
        this.complete = complete;
    }

    /** Compiles a resolved schema (no {@code $ref} left; a node holding one is compiled as "cannot tell"). */
    static FastSchema compile(JsonObject schema) {
        boolean[] complete = {true};
        Check root = node(schema, complete);
        return new FastSchema(root, complete[0]);
    }

    /** Compiles one of the contract's schemas, its references already resolved by the contract's loader. */
    static FastSchema of(JsonSchema schema) {
        JsonObject json = new JsonObject();
        for (String name : schema.fieldNames()) {
            json.put(name, schema.get(name));
        }
        return compile(json);
    }

    /** Whether every node of the schema was understood (else some values always go to the library). */
    boolean complete() {
        return complete;
    }

    Verdict check(Object value) {
        return root.of(value);
    }

    private static Check node(Object schema, boolean[] complete) {
        if (Boolean.TRUE.equals(schema)) {
            return v -> Verdict.VALID;
        }
        if (!(schema instanceof JsonObject s)) {
            return unknown(complete);
        }
        List<Check> checks = new ArrayList<>();
        for (String keyword : s.fieldNames()) {
            if (NOTES.contains(keyword) || keyword.startsWith("__")) {
                continue;
            }
            Check c = keyword(keyword, s, complete);
            if (c != null) {
                checks.add(c);
            }
        }
        Check[] all = checks.toArray(Check[]::new);
        return v -> {
            Verdict worst = Verdict.VALID;
            for (Check c : all) {
                Verdict r = c.of(v);
                if (r == Verdict.INVALID) {
                    return r;
                }
                if (r == Verdict.UNSURE) {
                    worst = r;
                }
            }
            return worst;
        };
    }

    /** One keyword's check; null for one checked by another (minimum beside type). */
    private static Check keyword(String keyword, JsonObject s, boolean[] complete) {
        Object arg = s.getValue(keyword);
        switch (keyword) {
            case "type" -> {
                return types(arg, complete);
            }
            case "minimum", "maximum" -> {
                if (!(arg instanceof Number n) || !(n instanceof Integer || n instanceof Long)) {
                    return unknown(complete);
                }
                long limit = n.longValue();
                boolean min = keyword.equals("minimum");
                return v -> {
                    if (v instanceof Integer || v instanceof Long) {
                        long x = ((Number) v).longValue();
                        return (min ? x >= limit : x <= limit) ? Verdict.VALID : Verdict.INVALID;
                    }
                    if (v instanceof Double d) {
                        return Double.isFinite(d) ? (min ? d >= limit : d <= limit) ? Verdict.VALID : Verdict.INVALID
                                : Verdict.UNSURE;
                    }
                    return v instanceof Number ? Verdict.UNSURE : Verdict.VALID;
                };
            }
            case "minLength", "maxLength" -> {
                if (!(arg instanceof Integer limit)) {
                    return unknown(complete);
                }
                boolean min = keyword.equals("minLength");
                return v -> {
                    if (!(v instanceof String text)) {
                        return Verdict.VALID;
                    }
                    int length = text.codePointCount(0, text.length());
                    return (min ? length >= limit : length <= limit) ? Verdict.VALID : Verdict.INVALID;
                };
            }
            case "minItems", "maxItems" -> {
                if (!(arg instanceof Integer limit)) {
                    return unknown(complete);
                }
                boolean min = keyword.equals("minItems");
                return v -> !(v instanceof JsonArray a) ? Verdict.VALID
                        : (min ? a.size() >= limit : a.size() <= limit) ? Verdict.VALID : Verdict.INVALID;
            }
            case "pattern" -> {
                if (!(arg instanceof String p)) {
                    return unknown(complete);
                }
                Predicate<String> shape = PatternShapes.of(p);
                Predicate<String> matches = shape != null ? shape : Pattern.compile(p).asPredicate();
                return v -> !(v instanceof String text) ? Verdict.VALID
                        // where Java's and ECMAScript's $ and classes could differ, the library decides
                        : hasControl(text) ? Verdict.UNSURE
                        : matches.test(text) ? Verdict.VALID : Verdict.INVALID;
            }
            case "enum" -> {
                if (!(arg instanceof JsonArray values) || values.stream().anyMatch(x -> x != null && !(x instanceof String))) {
                    return unknown(complete);
                }
                Set<Object> allowed = new HashSet<>(values.getList());
                return v -> v == null || v instanceof String ? allowed.contains(v) ? Verdict.VALID : Verdict.INVALID
                        : Verdict.UNSURE;
            }
            case "required" -> {
                if (!(arg instanceof JsonArray names)) {
                    return unknown(complete);
                }
                List<String> required = names.stream().map(String::valueOf).toList();
                return v -> !(v instanceof JsonObject o) ? Verdict.VALID
                        : required.stream().allMatch(o::containsKey) ? Verdict.VALID : Verdict.INVALID;
            }
            case "properties" -> {
                if (!(arg instanceof JsonObject props)) {
                    return unknown(complete);
                }
                Map<String, Check> each = new HashMap<>();
                props.forEach(e -> each.put(e.getKey(), node(e.getValue(), complete)));
                return v -> {
                    if (!(v instanceof JsonObject o)) {
                        return Verdict.VALID;
                    }
                    Verdict worst = Verdict.VALID;
                    for (Map.Entry<String, Object> field : o) {
                        Check c = each.get(field.getKey());
                        Verdict r = c == null ? Verdict.VALID : c.of(field.getValue());
                        if (r == Verdict.INVALID) {
                            return r;
                        }
                        worst = r == Verdict.UNSURE ? r : worst;
                    }
                    return worst;
                };
            }
            case "additionalProperties" -> {
                if (!Boolean.FALSE.equals(arg)) {
                    return Boolean.TRUE.equals(arg) ? null : unknown(complete);
                }
                Set<String> known = s.getValue("properties") instanceof JsonObject p ? p.fieldNames() : Set.of();
                return v -> !(v instanceof JsonObject o) ? Verdict.VALID
                        : known.containsAll(o.fieldNames()) ? Verdict.VALID : Verdict.INVALID;
            }
            case "items" -> {
                Check item = node(arg, complete);
                return v -> {
                    if (!(v instanceof JsonArray a)) {
                        return Verdict.VALID;
                    }
                    Verdict worst = Verdict.VALID;
                    for (int i = 0; i < a.size(); i++) {
                        Verdict r = item.of(a.getValue(i));
                        if (r == Verdict.INVALID) {
                            return r;
                        }
                        worst = r == Verdict.UNSURE ? r : worst;
                    }
                    return worst;
                };
            }
            case "oneOf" -> {
                if (!(arg instanceof JsonArray branches)) {
                    return unknown(complete);
                }
                List<Check> each = new ArrayList<>();
                branches.forEach(b -> each.add(node(b, complete)));
                return v -> {
                    int valid = 0;
                    for (Check c : each) {
                        Verdict r = c.of(v);
                        if (r == Verdict.UNSURE) {
                            return r;
                        }
                        valid += r == Verdict.VALID ? 1 : 0;
                    }
                    return valid == 1 ? Verdict.VALID : Verdict.INVALID;
                };
            }
            default -> {
                return unknown(complete);
            }
        }
    }

    private static Check types(Object arg, boolean[] complete) {
        List<String> names = new ArrayList<>();
        if (arg instanceof String t) {
            names.add(t);
        } else if (arg instanceof JsonArray a) {
            a.forEach(t -> names.add(String.valueOf(t)));
        } else {
            return unknown(complete);
        }
        if (!Set.of("object", "array", "string", "integer", "number", "boolean", "null").containsAll(names)) {
            return unknown(complete);
        }
        Set<String> allowed = Set.copyOf(names);
        return v -> {
            if (v instanceof Double || v instanceof Float) {
                // 1.0 is an integer to JSON Schema; whole fractions are left to the library
                return allowed.contains("number") ? Verdict.VALID : Verdict.UNSURE;
            }
            String type = v == null ? "null" : v instanceof JsonObject ? "object" : v instanceof JsonArray ? "array"
                    : v instanceof String ? "string" : v instanceof Boolean ? "boolean"
                    : v instanceof Integer || v instanceof Long ? "integer" : null;
            if (type == null) {
                return Verdict.UNSURE;
            }
            return allowed.contains(type) || type.equals("integer") && allowed.contains("number") ? Verdict.VALID
                    : Verdict.INVALID;
        };
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < 0x20) {
                return true;
            }
        }
        return false;
    }

    private static Check unknown(boolean[] complete) {
        complete[0] = false;
        return v -> Verdict.UNSURE;
    }
}
