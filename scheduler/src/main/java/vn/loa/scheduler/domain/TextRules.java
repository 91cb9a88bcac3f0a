package vn.loa.scheduler.domain;

/**
 * Free text a person types (names, titles, reasons): any language, kept exactly as sent, but no
 * control characters, which would corrupt exports and logs and are never typed on purpose.
 */
public final class TextRules {

    private TextRules() {
    }

    public static boolean hasControlCharacters(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    }

    /** A required single-line name of at most {@code max} characters. */
    public static void checkName(String field, String value, int max, Problems problems) {
        if (value == null || value.isBlank()) {
            problems.add(field, "Trường '" + field + "' không được để trống.", "'" + field + "' must not be empty.");
        } else if (value.length() > max) {
            problems.add(field, "Trường '" + field + "' dài quá " + max + " ký tự.", "'" + field + "' is longer than " + max + " characters.");
        } else {
            checkPlain(field, value, problems);
        }
    }

    /** Optional text: only the control-character rule. */
    public static void checkPlain(String field, String value, Problems problems) {
        if (hasControlCharacters(value)) {
            problems.add(field, "Trường '" + field + "' chứa ký tự điều khiển (như xuống dòng hay tab); hãy bỏ chúng.",
                    "'" + field + "' contains control characters (such as line breaks or tabs); remove them.");
        }
    }
}
