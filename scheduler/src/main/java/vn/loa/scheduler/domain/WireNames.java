package vn.loa.scheduler.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Each vocabulary enum's wire names, worked out once per enum: an as-run batch reads and writes an outcome per
 * record, and lower-casing the constant's name each time was a few per cent of the store's writer.
 */
final class WireNames {

    private static final ClassValue<String[]> BY_ORDINAL = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            }
            return names;
        }
    };

    private static final ClassValue<Map<String, Object>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            Map<String, Object> byName = new HashMap<>();
            for (Object constant : constants) {
                byName.put(((Enum<?>) constant).name().toLowerCase(Locale.ROOT), constant);
            }
            return Map.copyOf(byName);
        }
    };

    private WireNames() {
    }

    static String of(Enum<?> word) {
        return BY_ORDINAL.get(word.getDeclaringClass())[word.ordinal()];
    }

    /** The constant of {@code type} written {@code wire}, or null. */
    static <E extends Enum<E>> E constant(Class<E> type, String wire) {
        return wire == null ? null : type.cast(BY_NAME.get(type).get(wire));
    }
}
