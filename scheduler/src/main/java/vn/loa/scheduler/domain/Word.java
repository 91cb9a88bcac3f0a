package vn.loa.scheduler.domain;

import java.util.Optional;

/**
 * A word of Loa's vocabulary (an outcome, a status, a role, a kind): one enum constant, written on the
 * wire, in CSV files and in the store as its name in lower case, and read by people in Vietnamese.
 * {@code VocabularyTest} holds every such enum against the OpenAPI contract's lists and the console's
 * label table.
 */
public interface Word {

    String name();

    /** As the API, the CSV files and the store write it: {@code urgent_notice}, {@code approved}. */
    default String wireName() {
        return WireNames.of((Enum<?>) this);
    }

    /** As a supervisor reads it. */
    String vietnamese();

    /** The constant written {@code wire}, if there is one. */
    static <E extends Enum<E> & Word> Optional<E> fromWire(Class<E> type, String wire) {
        return Optional.ofNullable(WireNames.constant(type, wire));
    }
}
