package vn.loa.scheduler.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.loa.scheduler.domain.Outcome;
import vn.loa.scheduler.domain.ScheduledItem;
import vn.loa.scheduler.domain.Site;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.relay.RelayAiring;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.SiteRepository.ItemOutcome;

/**
 * A week at a glance, from the same schedule and as-run records as a station's day: one row per station of a
 * unit or planning group, or one row per site of a station (a merged commune's old stations), seven days
 * across, each day's items as blocks with what became of them. A station's block is the best any of its
 * sites reported (an item aired at two sites is one airing of the station); a site's block is its own. Relays are
 * blocks too, beside the items, with what their records say.
 */
public record WeekGrid(LocalDate from, LocalDate to, String title, boolean bySite, List<Row> rows, int more) {

    /** Rows beyond this many are counted, not listed: a province is about 100 stations, a nation thousands. */
    public static final int MOST_ROWS = 300;
    /** An item or relay this long past its end without a record is "not reported yet", not still "pending". */
    static final Duration REPORTING = Duration.ofMinutes(2);

    public record Row(long stationId, Long siteId, String code, String name, List<Day> days) {
    }

    public record Day(LocalDate day, List<Block> blocks) {
    }

    /**
     * @param id      the scheduled item's id, or the published relay's when {@code relay}
     * @param title   the program's or notice's title, or the relay source's name
     * @param outcome an {@link Outcome}'s wire name, or pending / not_reported
     */
    public record Block(long id, Instant plannedStart, long durationMillis, String title, boolean notice, boolean relay,
                        String outcome) {
    }

    /** A row's relays (one per published relay) and what became of each, by relay id. */
    private record Relays(List<RelayAiring> relays, Map<Long, String> outcomes) {
    }

    static WeekGrid ofUnit(Repositories r, String unitCode, String title, LocalDate from, Instant now) {
        List<Row> rows = new ArrayList<>();
        int more = 0;
        for (Station station : r.stations().list(unitCode)) {
            if (station.mergedIntoStationId() != null) {
                continue;
            }
            if (rows.size() == MOST_ROWS) {
                more++;
                continue;
            }
            Map<Long, String> best = new HashMap<>();
            for (ItemOutcome o : r.sites().itemOutcomes(station.id(), from, from.plusDays(6))) {
                best.merge(o.itemId(), o.outcome(), Outcome::stronger);
            }
            List<RelayAiring> relays = r.relays().airings(station.id(), from, from.plusDays(6));
            rows.add(row(station.id(), null, station.spec().code(), station.spec().name(),
                    r.agentReports().scheduleItems(station.id(), from, from.plusDays(6)), best, relaysOf(relays, null), from, now));
        }
        return new WeekGrid(from, from.plusDays(6), title, false, rows, more);
    }

    static WeekGrid ofSites(Repositories r, Station station, LocalDate from, Instant now) {
        List<ScheduledItem> items = r.agentReports().scheduleItems(station.id(), from, from.plusDays(6));
        Map<Long, Map<Long, String>> bySite = new HashMap<>();
        for (ItemOutcome o : r.sites().itemOutcomes(station.id(), from, from.plusDays(6))) {
            bySite.computeIfAbsent(o.siteId(), k -> new HashMap<>()).merge(o.itemId(), o.outcome(), Outcome::stronger);
        }
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant().minus(Duration.ofDays(1));
        Instant end = start.plus(Duration.ofDays(9));
        List<RelayAiring> relays = r.relays().airings(station.id(), from, from.plusDays(6));
        List<Row> rows = new ArrayList<>();
        for (Site site : r.sites().listForStation(station.id())) {
            if (site.inServiceDuring(start, end)) {
                rows.add(row(station.id(), site.id(), site.spec().code(), site.spec().name(), items,
                        bySite.getOrDefault(site.id(), Map.of()), relaysOf(relays, site.id()), from, now));
            }
        }
        return new WeekGrid(from, from.plusDays(6), station.spec().name(), true, rows, 0);
    }

    /** The relays of a station's week, each with the best a station reported, or (with a site) that site's own. */
    private static Relays relaysOf(List<RelayAiring> rows, Long siteId) {
        Map<Long, String> outcomes = new HashMap<>();
        for (RelayAiring a : rows) {
            if (a.outcome() != null && (siteId == null || siteId.equals(a.siteId()))) {
                outcomes.merge(a.relayId(), a.outcome(), Outcome::stronger);
            }
        }
        return new Relays(RelayOutcomes.best(rows), outcomes);
    }

    private static Row row(long stationId, Long siteId, String code, String name, List<ScheduledItem> items,
                           Map<Long, String> outcomes, Relays relays, LocalDate from, Instant now) {
        List<Day> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            LocalDate day = from.plusDays(d);
            List<Block> blocks = new ArrayList<>();
            for (ScheduledItem i : items) {
                if (i.day().equals(day)) {
                    blocks.add(new Block(i.id(), i.plannedStart(), i.durationMillis(),
                            i.noticeId() != null ? i.noticeTitle() : i.programTitle(), i.noticeId() != null, false,
                            outcomes.getOrDefault(i.id(), unreported(i.plannedStart().plusMillis(i.durationMillis()), now))));
                }
            }
            for (RelayAiring a : relays.relays()) {
                if (a.day().equals(day)) {
                    blocks.add(new Block(a.relayId(), a.plannedStart(), a.durationMillis(), a.sourceName(), false, true,
                            relays.outcomes().getOrDefault(a.relayId(), unreported(a.plannedEnd(), now))));
                }
            }
            blocks.sort(Comparator.comparing(Block::plannedStart));
            days.add(new Day(day, blocks));
        }
        return new Row(stationId, siteId, code, name, days);
    }

    private static String unreported(Instant plannedEnd, Instant now) {
        return plannedEnd.plus(REPORTING).isBefore(now) ? "not_reported" : "pending";
    }
}
