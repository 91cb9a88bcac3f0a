package vn.loa.scheduler.http;

import java.util.Map;
import java.util.function.Predicate;

/**
 * Hand-written matchers for the contract's fixed-shape patterns that agents send by the hundred in every batch (an
 * instant, a SHA-256): java.util.regex cost a fifth of the event loop's time on an as-run batch. Each one answers
 * exactly as the pattern does for text without control characters (the only text {@link FastSchema} asks about);
 * any other pattern has none here and keeps its regular expression.
 */
final class PatternShapes {

    private static final Map<String, Predicate<String>> SHAPES = Map.of(
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$", PatternShapes::isUtcInstant,
            "^[0-9a-f]{64}$", PatternShapes::isSha256Hex);

    private PatternShapes() {
    }

    /** The hand-written matcher for exactly this pattern's text, or null. */
    static Predicate<String> of(String pattern) {
        return SHAPES.get(pattern);
    }

    /** {@code 2026-12-07T06:02:00Z}, optionally with a fraction of any length before the Z. */
    static boolean isUtcInstant(String text) {
        int n = text.length();
        if (n < 20 || text.charAt(n - 1) != 'Z') {
            return false;
        }
        String shape = "dddd-dd-ddTdd:dd:dd";
        for (int i = 0; i < shape.length(); i++) {
            char want = shape.charAt(i);
            char c = text.charAt(i);
            if (want == 'd' ? !isDigit(c) : c != want) {
                return false;
            }
        }
        if (n == 20) {
            return true;
        }
        if (text.charAt(19) != '.' || n == 21) {
            return false;
        }
        for (int i = 20; i < n - 1; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isSha256Hex(String text) {
        if (text.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = text.charAt(i);
            if (!isDigit(c) && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
