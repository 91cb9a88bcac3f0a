package vn.loa.scheduler.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.QuietHours;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.StationSpec;

/** Targets count from the first window that opens after the campaign was published (or the station created). */
class TargetStartTest {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Instant CREATED = MONDAY.minusDays(30).atStartOfDay(HCM).toInstant();

    /** 05:30–06:15 every day, 17:00–17:45 on weekdays: the usual commune sessions. */
    private static Station station(Instant created) {
        List<BroadcastWindow> windows = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            windows.add(new BroadcastWindow(d, 330, 375));
            if (d.getValue() <= 5) {
                windows.add(new BroadcastWindow(d, 1020, 1065));
            }
        }
        return new Station(1, new StationSpec("XA-01", "Đài truyền thanh xã Nà Phặc", "01999", List.of("vi"),
                StationSpec.DEFAULT_TIME_ZONE, windows, QuietHours.DEFAULT, "Buổi sáng 5 giờ 30 theo quy chế xã"), created, created);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(HCM).toInstant();
    }

    @Test
    void aCampaignPublishedBeforeTheMorningSessionCountsThatDay() {
        assertEquals(MONDAY, TargetStart.firstDay(at(MONDAY, 5, 0), station(CREATED)));
        assertEquals(MONDAY, TargetStart.firstDay(at(MONDAY, 5, 30), station(CREATED)), "published as the window opens");
    }

    @Test
    void aCampaignPublishedDuringTheMorningSessionCountsFromTheEveningOne() {
        assertEquals(MONDAY, TargetStart.firstDay(at(MONDAY, 5, 45), station(CREATED)));
    }

    @Test
    void aCampaignPublishedAfterTheLastSessionCountsFromTheNextDay() {
        assertEquals(MONDAY.plusDays(1), TargetStart.firstDay(at(MONDAY, 19, 19), station(CREATED)));
        LocalDate saturday = MONDAY.plusDays(5);
        assertEquals(saturday.plusDays(1), TargetStart.firstDay(at(saturday, 9, 0), station(CREATED)),
                "Saturday has only the morning session");
    }

    @Test
    void aStationAddedAfterThePublicationCountsFromItsOwnStart() {
        assertEquals(MONDAY.plusDays(3), TargetStart.firstDay(at(MONDAY, 5, 0), station(at(MONDAY.plusDays(2), 18, 0))));
    }

    @Test
    void aCampaignWithoutAPublicationInstantCountsItsWholePeriod() {
        assertNull(TargetStart.firstDay(null, station(CREATED)));
    }
}
