package vn.loa.scheduler.planning;

import java.util.Optional;
import vn.loa.scheduler.domain.Word;

/**
 * How often a campaign wants its programs aired at each station.
 *
 * @param kind  {@code PER_PROGRAM_PER_DAY}: each program {@code count} times a day;
 *              {@code PER_PROGRAM_PER_WEEK}: each program {@code count} times per ISO week;
 *              {@code ANY_PER_DAY}: at least {@code count} campaign programs a day
 */
public record FrequencyTarget(Kind kind, int count) {

    public enum Kind implements Word {
        PER_PROGRAM_PER_DAY("mỗi chương trình mỗi ngày"), PER_PROGRAM_PER_WEEK("mỗi chương trình mỗi tuần"),
        ANY_PER_DAY("mỗi ngày, chương trình bất kỳ");

        private final String vietnamese;

        Kind(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        @Override
        public String vietnamese() {
            return vietnamese;
        }

        public static Optional<Kind> fromWire(String s) {
            return Word.fromWire(Kind.class, s);
        }
    }

    public FrequencyTarget {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
    }
}
