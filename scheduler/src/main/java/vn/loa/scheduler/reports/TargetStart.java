package vn.loa.scheduler.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import vn.loa.scheduler.domain.Station;

/**
 * Targets count from when they were set (DESIGN §7): a campaign's target counts at a station only for
 * windows that opened after the campaign was published and after the station existed. A window that had
 * already opened, or closed, by then is "not planned", never "missed". The unit of counting is the day,
 * as compliance counts days: the day of publication counts when one of its windows opens afterwards.
 */
public final class TargetStart {

    private TargetStart() {
    }

    /**
     * The first local day whose target counts at the station, or null when the campaign has no
     * publication instant (campaigns from before it was kept count from their period's start).
     */
    public static LocalDate firstDay(Instant publishedAt, Station station) {
        if (publishedAt == null) {
            return null;
        }
        Instant since = station.createdAt() != null && station.createdAt().isAfter(publishedAt) ? station.createdAt()
                : publishedAt;
        ZonedDateTime local = since.atZone(ZoneId.of(station.spec().timeZone()));
        LocalDate day = local.toLocalDate();
        int second = local.toLocalTime().toSecondOfDay();
        boolean opensLater = station.spec().windows().stream()
                .anyMatch(w -> w.day() == day.getDayOfWeek() && w.startMinute() * 60 >= second);
        return opensLater ? day : day.plusDays(1);
    }
}
