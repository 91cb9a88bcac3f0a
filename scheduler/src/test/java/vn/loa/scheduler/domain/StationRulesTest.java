package vn.loa.scheduler.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StationRulesTest {

    private static BroadcastWindow monday(String start, String end) {
        return new BroadcastWindow(DayOfWeek.MONDAY, MinuteOfDay.parse(start).orElseThrow(),
                MinuteOfDay.parse(end).orElseThrow());
    }

    private static StationSpec spec(List<BroadcastWindow> windows, String waiver) {
        return new StationSpec("CB-01273", "Đài truyền thanh phường Hợp Giang", "01273", List.of("vi"),
                StationSpec.DEFAULT_TIME_ZONE, windows, QuietHours.DEFAULT, waiver);
    }

    private static List<Problem> check(StationSpec spec) {
        return StationRules.check(spec, Optional.of(OrgUnitLevel.COMMUNE), false);
    }

    private static List<Problem> checkStrict(StationSpec spec) {
        return StationRules.check(spec, Optional.of(OrgUnitLevel.COMMUNE), true);
    }

    @Test
    void usualMorningAndEveningWindowsPass() {
        assertEquals(List.of(), check(spec(List.of(monday("06:00", "06:30"), monday("17:00", "17:45")), null)));
    }

    @Test
    void windowsThatTouchDoNotOverlap() {
        assertEquals(List.of(), check(spec(List.of(monday("06:00", "06:30"), monday("06:30", "07:00")), null)));
    }

    @Test
    void overlappingWindowsOnTheSameDayAreNamedInVietnamese() {
        List<Problem> problems = check(spec(List.of(monday("06:00", "06:40"), monday("06:30", "07:00")), null));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("trùng với khung T2 06:00–06:40"), problems.get(0).message());
    }

    @Test
    void sameTimesOnDifferentDaysAreFine() {
        BroadcastWindow tuesday = new BroadcastWindow(DayOfWeek.TUESDAY, 360, 390);
        assertEquals(List.of(), check(spec(List.of(monday("06:00", "06:30"), tuesday), null)));
    }

    @Test
    void windowThatEndsBeforeItStartsOrLeavesTheDayIsRefused() {
        assertEquals(1, check(spec(List.of(monday("18:00", "17:00")), null)).size());
        assertEquals(1, check(spec(List.of(new BroadcastWindow(DayOfWeek.MONDAY, 1400, 1500)), null)).size());
        assertTrue(check(spec(List.of(monday("06:00", "24:00")), null)).isEmpty(), "24:00 ends the day");
    }

    @Test
    void theUsualHalfPastFiveSessionIsNormalUnderTheProvinceDefault() {
        StationSpec early = spec(List.of(monday("05:30", "06:15")), null);
        assertEquals(List.of(), checkStrict(early));
        assertEquals(List.of(), StationRules.quietHoursWarnings(early));
    }

    @Test
    void aWindowInsideQuietHoursIsAWarningUnlessTheProvinceIsStrict() {
        BroadcastWindow tuesday = new BroadcastWindow(DayOfWeek.TUESDAY, 22 * 60 + 30, 23 * 60);
        StationSpec late = spec(List.of(monday("22:30", "23:00"), tuesday, monday("04:30", "05:15")), null);
        assertEquals(List.of(), check(late), "only warned where the province is not strict");
        List<Problem> warnings = StationRules.quietHoursWarnings(late);
        assertEquals(2, warnings.size(), "one warning per time range, naming its days: " + warnings);
        assertTrue(warnings.get(0).message().contains("22:30–23:00 (T2, T3) rơi vào giờ yên tĩnh (chỉ được phát 05:00 – 22:00)"),
                warnings.get(0).message());

        assertEquals(2, checkStrict(late).size(), "refused where it is strict");
        assertEquals(List.of(), checkStrict(spec(late.windows(), "Phiên tối theo quy chế của xã, UBND đồng ý.")));
        assertEquals(1, checkStrict(spec(List.of(monday("04:30", "05:15")), "vì")).size(), "a waiver needs a real reason");
    }

    @Test
    void eveningQuietHoursApplyWhenSet() {
        StationSpec late = new StationSpec("CB-1", "Đài A", "01273", List.of("vi"), "Asia/Ho_Chi_Minh",
                List.of(monday("21:00", "21:30")), new QuietHours(360, 21 * 60), null);
        assertEquals(1, checkStrict(late).size());
    }

    @Test
    void stationMustBelongToAnExistingCommune() {
        StationSpec s = spec(List.of(), null);
        assertEquals("commune_code", StationRules.check(s, Optional.empty(), false).get(0).field());
        assertEquals("commune_code", StationRules.check(s, Optional.of(OrgUnitLevel.DISTRICT), false).get(0).field());
    }

    @Test
    void unknownTimeZoneAndBadLanguageAreRefused() {
        StationSpec s = new StationSpec("CB-1", "Đài A", "01273", List.of("Tiếng Tày"), "Asia/Hanoi_Old",
                List.of(), QuietHours.DEFAULT, null);
        List<String> fields = check(s).stream().map(Problem::field).toList();
        assertEquals(List.of("languages", "time_zone"), fields);
    }
}
