package vn.loa.scheduler.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.loa.scheduler.domain.relay.RelayAiring;

/**
 * "VOV1 every weekday morning" as a supervisor reads it: each station's relays of the source that are over, the
 * best report of each counted once (a merged commune's two sites are one relay), what is still on the air or just
 * ended not counted yet, another source's and another slot's relays apart.
 */
class RelayComplianceTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final long VOV1 = 1;
    private static final long PROVINCE_RADIO = 2;
    private static final long MORNING = 10;
    private static final long EVENING = 11;
    /** Tuesday 06:45: Monday's and Tuesday's morning relays are over; Tuesday's evening one is ahead. */
    private static final Instant NOW = MONDAY.plusDays(1).atTime(6, 45).atZone(HANOI).toInstant();

    private static long ids = 100;

    private static RelayAiring relay(LocalDate day, int hour, long slot, long source, Long site, String outcome, String fallback) {
        Instant start = day.atTime(hour, 0).atZone(HANOI).toInstant();
        return new RelayAiring(ids++, day, start, 30 * 60_000L, slot, source, source == VOV1 ? "Tiếp âm VOV1" : "Đài tỉnh", site,
                outcome, outcome == null ? 0 : "played".equals(outcome) ? 1790 : 900, "partial".equals(outcome) ? 2 : 0, fallback);
    }

    /** The same published relay reported again (by another site). */
    private static RelayAiring alsoAt(RelayAiring a, long site, String outcome) {
        return new RelayAiring(a.relayId(), a.day(), a.plannedStart(), a.durationMillis(), a.slotId(), a.sourceId(), a.sourceName(),
                site, outcome, 1200, 0, null);
    }

    @Test
    void eachStationsRelaysOfTheSourceThatAreOverCountOnceWithTheirBestReport() {
        RelayAiring mondayAtSiteA = relay(MONDAY, 6, MORNING, VOV1, 1L, "failed", "silence");
        Map<Long, List<RelayAiring>> airings = Map.of(
                1L, List.of(mondayAtSiteA, alsoAt(mondayAtSiteA, 2, "played"),
                        relay(MONDAY.plusDays(1), 6, MORNING, VOV1, 1L, "partial", null),
                        relay(MONDAY.plusDays(1), 17, EVENING, VOV1, null, null, null),
                        relay(MONDAY, 5, 20, PROVINCE_RADIO, 1L, "missed", null)),
                2L, List.of(relay(MONDAY, 6, MORNING, VOV1, null, null, null),
                        relay(MONDAY.plusDays(1), 6, MORNING, VOV1, 3L, "played", "program")),
                3L, List.of(relay(MONDAY, 5, 20, PROVINCE_RADIO, 4L, "played", null)));
        List<RelayCompliance.StationInput> stations = List.of(new RelayCompliance.StationInput(1, "CB-01273", "Đài phường Hợp Giang"),
                new RelayCompliance.StationInput(2, "CB-01279", "Đài xã Hưng Đạo"),
                new RelayCompliance.StationInput(3, "CB-01300", "Đài xã Hồng Việt"));
        Map<Long, Instant> heartbeats = Map.of(1L, NOW.minusSeconds(60), 2L, NOW.minusSeconds(60));

        RelayCompliance.Result r = RelayCompliance.compute(VOV1, null, stations, airings::get, heartbeats::get, NOW, 0.8,
                NOW.minusSeconds(900));

        assertEquals(2, r.stations().size(), "the station that relays only the provincial radio is not listed");
        RelayCompliance.StationResult hopGiang = r.stations().get(0);
        assertEquals(2, hopGiang.due(), "the evening relay is still ahead");
        assertEquals(1, hopGiang.played(), "Monday's relay failed at one site and aired in full at the other");
        assertEquals(1, hopGiang.partial());
        assertEquals(0, hopGiang.fallbacks(), "the failed site's silence is not the station's relay");
        assertEquals(2, hopGiang.dropouts());
        assertEquals(Compliance.Reason.PARTIALS, hopGiang.reason());
        RelayCompliance.StationResult hungDao = r.stations().get(1);
        assertEquals(2, hungDao.due());
        assertEquals(1, hungDao.notReported());
        assertEquals(1, hungDao.fallbacks());
        assertEquals(Compliance.Reason.NOT_REPORTED, hungDao.reason());
        assertEquals(4, r.due());
        assertEquals(2, r.played());
        assertEquals(0.5, r.compliance());
        assertEquals(2, r.below().size());

        RelayCompliance.Result evening = RelayCompliance.compute(VOV1, EVENING, stations, airings::get, heartbeats::get,
                NOW.plusSeconds(12 * 3600), 0.8, NOW);
        assertEquals(1, evening.due(), "only the evening slot's relay, once it is over");
        assertEquals(Compliance.Reason.SILENT, evening.stations().get(0).reason(), "no heartbeat for twelve hours");

        RelayCompliance.Result none = RelayCompliance.compute(VOV1, null, stations, id -> List.of(), heartbeats::get, NOW, 0.8, NOW);
        assertNull(none.compliance(), "nothing due: no rate, not 0 %");
    }
}
