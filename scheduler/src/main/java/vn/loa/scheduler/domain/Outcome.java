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

    /**
     * How much of the item reached the air, to pick the best report of an item aired at several sites (or
     * sent twice): played 5, partial 4, interrupted 3, failed 2, missed 1.
     */
    public int strength() {
        return switch (this) {
            case PLAYED -> 5;
            case PARTIAL -> 4;
            case INTERRUPTED -> 3;
            case FAILED -> 2;
            case MISSED -> 1;
        };
    }

    /** Of two outcomes written on the wire (either may be unknown or null), the one that reached the air more. */
    public static String stronger(String a, String b) {
        return strengthOf(b) > strengthOf(a) ? b : a;
    }

    /** {@link #strength()} of an outcome written on the wire; 0 for none or an unknown one. */
    public static int strengthOf(String wire) {
        return fromWire(wire).map(Outcome::strength).orElse(0);
    }

    public static Optional<Outcome> fromWire(String s) {
        return Word.fromWire(Outcome.class, s);
    }

    /** The Vietnamese word for an outcome written on the wire; an unknown one as it was written. */
    public static String vietnamese(String wire) {
        return fromWire(wire).map(Outcome::vietnamese).orElse(wire);
    }
}
