package vn.loa.scheduler.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick instants are {@link Instant}'s own: the same text written, the same instant read, the same refusals. */
class InstantTextTest {

    private static final long YEAR_1000 = Instant.parse("1000-01-01T00:00:00Z").getEpochSecond();
    private static final long YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();

    @Test
    void writesEveryInstantExactlyAsInstantDoes() {
        Random random = new Random(20261207);
        for (int i = 0; i < 200_000; i++) {
            long seconds = YEAR_1000 - 86_400 * 400 + (long) (random.nextDouble() * (YEAR_10000 - YEAR_1000 + 86_400 * 800));
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nano);
            String text = instant.toString();
            assertEquals(text, InstantText.format(instant));
            assertEquals(instant, InstantText.parse(text));
        }
        for (Instant edge : List.of(Instant.EPOCH, Instant.MIN, Instant.MAX, Instant.parse("2026-12-31T23:59:59.999999999Z"),
                Instant.parse("2028-02-29T12:00:00.5Z"), Instant.parse("0999-12-31T23:59:59Z"))) {
            assertEquals(edge.toString(), InstantText.format(edge));
            assertEquals(edge, InstantText.parse(edge.toString()));
        }
    }

    @Test
    void readsWhatInstantReadsAndRefusesWhatItRefuses() {
        for (String text : List.of("2026-12-07T06:30:00Z", "2026-12-07T06:30:00.1Z", "2026-12-07T06:30:00.123456789Z",
                "2026-12-07T06:30:00.0000Z", "2016-12-31T23:59:60Z", "2026-12-07T06:30:00+07:00", "+12026-01-01T00:00:00Z",
                "2026-12-07T24:00:00Z", "2026-12-07T06:30:00.Z", "2026-12-07T06:30:00z")) {
            assertEquals(Instant.parse(text), InstantText.parse(text), text);
        }
        for (String text : List.of("2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-12-07T25:00:00Z",
                "2026-12-07T06:60:00Z", "2026-12-07T06:30:00.1234567890Z", "2026-12-07 06:30:00Z",
                "2026-12-07T06:30:0xZ", "２０２６-12-07T06:30:00Z", "ngày 7 tháng 12")) {
            assertThrows(DateTimeParseException.class, () -> Instant.parse(text), text);
            assertThrows(DateTimeParseException.class, () -> InstantText.parse(text), text);
        }
    }
}
