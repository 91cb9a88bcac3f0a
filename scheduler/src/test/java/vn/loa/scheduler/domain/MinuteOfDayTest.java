package vn.loa.scheduler.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MinuteOfDayTest {

    @Test
    void everyMinuteOfTheDayIsWrittenAsHoursAndMinutesAndReadBack() {
        for (int minute = 0; minute <= 24 * 60; minute++) {
            String text = MinuteOfDay.format(minute);
            assertEquals(String.format("%02d:%02d", minute / 60, minute % 60), text);
            assertEquals(minute, MinuteOfDay.parse(text).orElseThrow(), text);
        }
        assertEquals("24:00", MinuteOfDay.format(24 * 60));
    }
}
