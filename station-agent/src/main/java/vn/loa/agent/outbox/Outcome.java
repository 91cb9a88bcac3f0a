package vn.loa.agent.outbox;

import java.util.Locale;
import java.util.Optional;

/** What became of one item, as the agent reports it (the contract's {@code outcome} list). */
public enum Outcome {
    PLAYED("đã phát / played"), PARTIAL("phát dở / partial"), INTERRUPTED("bị ngắt / interrupted"),
    MISSED("bị lỡ / missed"), FAILED("lỗi / failed");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** As the protocol writes it: {@code played}, {@code interrupted}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** As the officer reads it in {@code status}: Vietnamese, then English. */
    public String label() {
        return label;
    }

    public static Optional<Outcome> fromWire(String wire) {
        for (Outcome o : values()) {
            if (o.wireName().equals(wire)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
