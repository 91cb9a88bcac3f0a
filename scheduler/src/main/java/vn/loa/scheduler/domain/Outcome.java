package vn.loa.scheduler.domain;

import java.util.Optional;

/**
 * What became of one scheduled item at a station, as its agent reports it: aired whole, partly (ended
 * early), cut by an urgent notice or a withdrawal, not aired at all, or failed on the device.
 */
public enum Outcome implements Word {
    PLAYED("Đã phát"), PARTIAL("Phát dở"), INTERRUPTED("Bị ngắt"), MISSED("Bỏ lỡ"), FAILED("Lỗi phát");

    private final String vietnamese;

    Outcome(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    @Override
    public String vietnamese() {
        return vietnamese;
    }

    public static Optional<Outcome> fromWire(String s) {
        return Word.fromWire(Outcome.class, s);
    }

    /** The Vietnamese word for an outcome written on the wire; an unknown one as it was written. */
    public static String vietnamese(String wire) {
        return fromWire(wire).map(Outcome::vietnamese).orElse(wire);
    }
}
