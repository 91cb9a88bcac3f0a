package vn.loa.scheduler.store;

import java.util.Map;
import java.util.Optional;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.domain.Outcome;

/**
 * Keeps a scheduled item counted once at its station however many of the station's sites aired it: the
 * item stands in the station's roll-ups by its best record (played over partial over interrupted over
 * failed over missed), whichever site sent it. A second record of the same site counts as it always did
 * (a single-site station reads exactly as before sites existed).
 */
final class ItemAirings {

    /** What to do to the station's roll-ups for a record just stored. */
    record Change(AsRunRecord add, Standing remove) {

        static final Change NONE = new Change(null, null);
    }

    /** The record that stands for an item at its station now. */
    record Standing(long siteId, String day, Outcome outcome, double secondsAired) {
    }

    /** Orders an item's records best first, the order in which one stands for the item. */
    static final String BEST_FIRST = "CASE outcome WHEN 'played' THEN 5 WHEN 'partial' THEN 4 WHEN 'interrupted' THEN 3"
            + " WHEN 'failed' THEN 2 ELSE 1 END DESC, id";

    private static final String FIND = "SELECT site_id, day, outcome, seconds_aired FROM item_airing"
            + " WHERE station_id = ? AND item_id = ?";
    private static final String PUT = "INSERT INTO item_airing (station_id, item_id, site_id, day, outcome, seconds_aired)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (station_id, item_id) DO UPDATE SET site_id = excluded.site_id,"
            + " day = excluded.day, outcome = excluded.outcome, seconds_aired = excluded.seconds_aired";

    private final Sql sql;

    ItemAirings(Sql sql) {
        this.sql = sql;
    }

    /** {@code known}: the standings this batch has read or written already, by item. */
    Change stored(long stationId, long siteId, AsRunRecord a, Map<Long, Optional<Standing>> known) {
        Outcome outcome = Outcome.fromWire(a.outcome()).orElseThrow();
        if (a.itemId() == null) {
            return new Change(a, null);
        }
        Optional<Standing> standing = known.get(a.itemId());
        if (standing == null) {
            standing = sql.one(FIND, r -> new Standing(r.getLong(1), r.getString(2),
                    Outcome.fromWire(r.getString(3)).orElseThrow(), r.getDouble(4)), stationId, a.itemId());
        }
        if (standing.isEmpty()) {
            put(stationId, siteId, a, known);
            return new Change(a, null);
        }
        Standing s = standing.get();
        boolean better = outcome.strength() > s.outcome().strength();
        known.put(a.itemId(), standing);
        if (s.siteId() == siteId) {
            if (better) {
                put(stationId, siteId, a, known);
            }
            return new Change(a, null);
        }
        if (!better) {
            return Change.NONE;
        }
        put(stationId, siteId, a, known);
        return new Change(a, s);
    }

    private void put(long stationId, long siteId, AsRunRecord a, Map<Long, Optional<Standing>> known) {
        sql.update(PUT, stationId, a.itemId(), siteId, a.day().toString(), a.outcome(), a.secondsPlayed());
        known.put(a.itemId(), Optional.of(new Standing(siteId, a.day().toString(),
                Outcome.fromWire(a.outcome()).orElseThrow(), a.secondsPlayed())));
    }
}
