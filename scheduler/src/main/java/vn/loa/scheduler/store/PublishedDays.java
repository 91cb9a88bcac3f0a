package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.planning.PlannedItem;
import vn.loa.scheduler.planning.PlannedRelay;

/**
 * Published schedule days as rows: reads the frozen past for the engine and writes a new day over
 * the old one by difference, so unchanged items keep their ids and nothing is ever deleted.
 */
final class PublishedDays {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedDays.class);
    static final String REPLANNED = "Lịch thay đổi khi lập lại kế hoạch / removed by a re-plan";

    private final Sql sql;

    PublishedDays(Sql sql) {
        this.sql = sql;
    }

    /** Published, not withdrawn items from the Monday of {@code firstDay}'s week that begin before {@code until}. */
    List<PlannedItem> frozen(LocalDate firstDay, Instant until) {
        LocalDate monday = firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // Vietnam has one zone; a day ends at most 14 hours after the UTC date of its instant anywhere
        LocalDate last = LocalDate.ofInstant(until, ZoneId.of("UTC")).plusDays(1);
        List<PlannedItem> items = new ArrayList<>();
        for (Row row : sql.list(PlanningSql.ITEMS_BETWEEN, PublishedDays::row, monday.toString(), last.toString())) {
            if (row.item().plannedStart().isBefore(until)) {
                items.add(row.item());
            }
        }
        return items;
    }

    void publish(long stationId, LocalDate day, List<PlannedItem> items, String etag, Instant now, Instant frozenUntil) {
        sql.update(PlanningSql.UPSERT_SCHEDULE, stationId, day.toString(), etag, now.toString());
        Map<String, List<Row>> published = new LinkedHashMap<>();
        for (Row row : sql.list(PlanningSql.ITEMS_OF_DAY, PublishedDays::row, stationId, day.toString())) {
            published.computeIfAbsent(identity(row.item()), k -> new ArrayList<>()).add(row);
        }
        Set<Long> kept = new HashSet<>();
        for (PlannedItem item : items) {
            List<Row> same = published.get(identity(item));
            if (same == null || same.isEmpty()) {
                sql.update(PlanningSql.INSERT_ITEM, stationId, day.toString(), item.position(), item.plannedStart().toString(),
                        item.durationMillis(), item.programId(), item.sha256(), item.campaignId(), item.noticeId(), item.reason());
                continue;
            }
            Row row = same.remove(0);
            kept.add(row.id());
            if (row.item().position() != item.position() || !row.item().reason().equals(item.reason())) {
                sql.update(PlanningSql.UPDATE_ITEM_PLACE, item.position(), item.reason(), row.id());
            }
        }
        for (List<Row> rows : published.values()) {
            for (Row row : rows) {
                if (kept.contains(row.id())) {
                    continue;
                }
                if (frozenUntil != null && row.item().plannedStart().isBefore(frozenUntil)) {
                    // the engine returns every frozen item; keeping one it lost beats rewriting the past
                    LOG.error("[planning] item {} of station {} on {} is in the frozen past and was left out of the plan;"
                            + " it is kept", row.id(), stationId, day);
                    continue;
                }
                sql.update(PlanningSql.WITHDRAW_ITEM, now.toString(), REPLANNED, row.id());
            }
        }
    }

    /**
     * Makes a station-day's published relays exactly {@code relays}, by the items' rules: one the day keeps keeps its
     * id, one it drops is withdrawn unless it is in the frozen past, and a new one is not added into the frozen past
     * (a slot created today does not reach into the hours gone by).
     */
    void publishRelays(long stationId, LocalDate day, List<PlannedRelay> relays, Instant now, Instant frozenUntil) {
        Map<String, List<Long>> published = new LinkedHashMap<>();
        Map<Long, Instant> starts = new LinkedHashMap<>();
        sql.list(RelaySql.RELAYS_OF_DAY, r -> {
            long id = r.getLong("id");
            starts.put(id, Instant.parse(r.getString("planned_start")));
            return published.computeIfAbsent(r.getLong("slot_id") + "|" + r.getLong("source_id") + "|"
                    + r.getString("planned_start") + "|" + r.getLong("duration_ms"), k -> new ArrayList<>()).add(id);
        }, stationId, day.toString());
        for (PlannedRelay relay : relays) {
            List<Long> same = published.get(relay.slotId() + "|" + relay.sourceId() + "|" + relay.plannedStart() + "|"
                    + relay.durationMillis());
            if (same != null && !same.isEmpty()) {
                same.remove(0);
            } else if (frozenUntil == null || !relay.plannedStart().isBefore(frozenUntil)) {
                sql.update(RelaySql.INSERT_RELAY, stationId, day.toString(), relay.plannedStart().toString(),
                        relay.durationMillis(), relay.slotId(), relay.sourceId());
            }
        }
        for (List<Long> left : published.values()) {
            for (long id : left) {
                if (frozenUntil == null || !starts.get(id).isBefore(frozenUntil)) {
                    sql.update(RelaySql.WITHDRAW_RELAY, now.toString(), REPLANNED, id);
                }
            }
        }
    }

    /** Withdraws the notice's items that have not ended by {@code now}; the stations they belonged to. */
    Set<Long> withdrawNotice(long noticeId, Instant now, String reason) {
        Set<Long> stations = new HashSet<>();
        for (Row row : sql.list(PlanningSql.ITEMS_OF_NOTICE, PublishedDays::row, noticeId)) {
            PlannedItem i = row.item();
            if (i.plannedStart().plusMillis(i.durationMillis()).isAfter(now)) {
                sql.update(PlanningSql.WITHDRAW_ITEM, now.toString(), reason, row.id());
                stations.add(i.stationId());
            }
        }
        return stations;
    }

    /** What makes two items the same airing; the reason and position may change without a new id. */
    private static String identity(PlannedItem i) {
        return i.plannedStart() + "|" + i.durationMillis() + "|" + i.programId() + "|" + i.sha256() + "|"
                + Objects.toString(i.campaignId()) + "|" + Objects.toString(i.noticeId());
    }

    private record Row(long id, PlannedItem item) {
    }

    private static Row row(ResultSet r) throws SQLException {
        return new Row(r.getLong("id"), new PlannedItem(r.getLong("station_id"), LocalDate.parse(r.getString("day")),
                r.getInt("position"), Instant.parse(r.getString("planned_start")), r.getLong("duration_ms"),
                r.getLong("program_id"), r.getString("content_sha256"), Sql.nullableLong(r, "campaign_id"),
                Sql.nullableLong(r, "notice_id"), r.getString("reason")));
    }
}
