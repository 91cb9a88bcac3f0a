package vn.loa.proof;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks one PC's chain of records in sequence order and names where it breaks: a record missing (a number
 * skipped), a record whose "previous" is not the record before it (that one or this one altered, or put out
 * of order), a record whose signature does not hold (altered after it was signed). The same walk on the server
 * (the station's page) and in {@code verify-log} (an export, offline).
 */
public final class ChainWalk {

    /** One record as the walk needs it. {@code signatureValid}: its signature holds over its canonical text. */
    public record Link(long sequence, String previousHash, String hash, boolean signatureValid) {
    }

    public enum Kind {
        /** Records with these numbers are not there. */
        MISSING,
        /** This record does not name the one before it: one of the two was altered, or the order changed. */
        NOT_LINKED,
        /** The record's signature does not hold: it was altered after it was signed. */
        BAD_SIGNATURE
    }

    /** Where the chain breaks: at {@code sequence} (for MISSING, from {@code sequence} to {@code lastSequence}). */
    public record Break(Kind kind, long sequence, long lastSequence) {

        public String vietnamese() {
            return switch (kind) {
                case MISSING -> sequence == lastSequence ? "thiếu bản ghi số " + sequence
                        : "thiếu các bản ghi số " + sequence + "–" + lastSequence;
                case NOT_LINKED -> "bản ghi số " + sequence + " không nối với bản ghi trước nó (một trong hai đã bị sửa, hoặc sai thứ tự)";
                case BAD_SIGNATURE -> "chữ ký của bản ghi số " + sequence + " không khớp (bản ghi đã bị sửa sau khi ký)";
            };
        }

        public String english() {
            return switch (kind) {
                case MISSING -> sequence == lastSequence ? "record " + sequence + " is missing"
                        : "records " + sequence + "–" + lastSequence + " are missing";
                case NOT_LINKED -> "record " + sequence + " does not name the record before it (one of the two was altered,"
                        + " or the order changed)";
                case BAD_SIGNATURE -> "the signature of record " + sequence + " does not hold (altered after it was signed)";
            };
        }
    }

    private ChainWalk() {
    }

    /**
     * Every break, in order. {@code anchored}: the first link must start the chain ({@link AttestedRecord#GENESIS});
     * false for a part of a chain (an export of some days), whose first record's previous is taken as given.
     */
    public static List<Break> breaks(List<Link> inSequenceOrder, boolean anchored) {
        List<Break> breaks = new ArrayList<>();
        Link before = null;
        for (Link link : inSequenceOrder) {
            if (!link.signatureValid()) {
                breaks.add(new Break(Kind.BAD_SIGNATURE, link.sequence(), link.sequence()));
            }
            if (before == null) {
                if (anchored && !AttestedRecord.GENESIS.equals(link.previousHash())) {
                    // the record before the first one held never came (or, numbered 1, this one was altered)
                    breaks.add(link.sequence() > 1 ? new Break(Kind.MISSING, link.sequence() - 1, link.sequence() - 1)
                            : new Break(Kind.NOT_LINKED, link.sequence(), link.sequence()));
                }
            } else if (link.sequence() > before.sequence() + 1) {
                breaks.add(new Break(Kind.MISSING, before.sequence() + 1, link.sequence() - 1));
            } else if (!link.previousHash().equals(before.hash())) {
                breaks.add(new Break(Kind.NOT_LINKED, link.sequence(), link.sequence()));
            }
            before = link;
        }
        return breaks;
    }
}
