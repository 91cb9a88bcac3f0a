package vn.loa.scheduler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written matchers answer as the contract's patterns do, on real values and on every near miss of them. */
class PatternShapesTest {

    private static final String INSTANT = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$";
    private static final String SHA256 = "^[0-9a-f]{64}$";
    private static final String ODD = "09afgAFZT:-.x ½٣é\u00a0";

    @Test
    void anInstantIsMatchedAsItsPatternMatchesIt() {
        Predicate<String> shape = PatternShapes.of(INSTANT);
        assertNotNull(shape);
        assertTrue(shape.test("2026-12-07T06:02:00Z"));
        assertTrue(shape.test("2026-12-07T06:02:00.123456789Z"));
        assertFalse(shape.test("2026-12-07T06:02:00.Z"));
        assertFalse(shape.test("2026-12-07 06:02:00Z"));
        int compared = sameAnswers(shape, Pattern.compile(INSTANT),
                List.of("2026-12-07T06:02:00Z", "2026-12-07T06:02:00.5Z", "1999-01-31T23:59:59.000Z"));
        assertTrue(compared > 4_000, compared + " texts compared");
    }

    @Test
    void aHashIsMatchedAsItsPatternMatchesIt() {
        Predicate<String> shape = PatternShapes.of(SHA256);
        assertNotNull(shape);
        String hash = "0123456789abcdef".repeat(4);
        assertTrue(shape.test(hash));
        assertFalse(shape.test(hash.toUpperCase()));
        int compared = sameAnswers(shape, Pattern.compile(SHA256), List.of(hash, "0".repeat(64), "f".repeat(64)));
        assertTrue(compared > 4_000, compared + " texts compared");
    }

    @Test
    void anyOtherPatternKeepsItsRegularExpression() {
        assertEquals(null, PatternShapes.of("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        assertEquals(null, PatternShapes.of("^[0-9a-f]{64}"));
    }

    /** Every text one edit away from the seeds (each place replaced, dropped, doubled) and random splices. */
    private static int sameAnswers(Predicate<String> shape, Pattern pattern, List<String> seeds) {
        List<String> texts = new ArrayList<>(seeds);
        for (String seed : seeds) {
            for (int i = 0; i <= seed.length(); i++) {
                if (i < seed.length()) {
                    texts.add(seed.substring(0, i) + seed.substring(i + 1));
                    texts.add(seed.substring(0, i) + seed.charAt(i) + seed.substring(i));
                }
                for (char c : ODD.toCharArray()) {
                    texts.add(seed.substring(0, i) + c + seed.substring(Math.min(i + 1, seed.length())));
                    texts.add(seed.substring(0, i) + c + seed.substring(i));
                }
            }
        }
        Random random = new Random(21);
        for (int i = 0; i < 2_000; i++) {
            String a = seeds.get(random.nextInt(seeds.size()));
            String b = seeds.get(random.nextInt(seeds.size()));
            texts.add(a.substring(0, random.nextInt(a.length() + 1)) + b.substring(random.nextInt(b.length() + 1)));
        }
        for (String text : texts) {
            assertEquals(pattern.matcher(text).find(), shape.test(text), "«" + text + "»");
        }
        return texts.size();
    }
}
