package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * Makes each station-day hold exactly its items, with a new version, by difference (see
     * {@link PlanningRepository#publishDay}); the days' published items are read together and their writes go as
     * one batch of each kind: on PostgreSQL a province's week is a few round trips, not one per row.
     */
    void publish(List<PlanningRepository.DayToPublish> days, Instant now, Instant frozenUntil) {
        if (days.isEmpty()) {
            return;
        }
        sql.batch(PlanningSql.UPSERT_SCHEDULE, days.stream().map(d -> new Object[] {d.stationId(), d.day().toString(), d.etag(),
            now.toString()}).toList());
        Map<String, Map<String, List<Row>>> publishedByDay = new HashMap<>();
        for (Row row : sql.list(PlanningSql.ITEMS_OF_STATIONS_BETWEEN, PublishedDays::row, stationIds(days),
                first(days).toString(), last(days).toString())) {
            publishedByDay.computeIfAbsent(key(row.item().stationId(), row.item().day()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(identity(row.item()), k -> new ArrayList<>()).add(row);
        }
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> moves = new ArrayList<>();
        List<Object[]> withdrawals = new ArrayList<>();
        for (PlanningRepository.DayToPublish d : days) {
            Map<String, List<Row>> published = publishedByDay.getOrDefault(key(d.stationId(), d.day()), Map.of());
            Set<Long> kept = new HashSet<>();
            for (PlannedItem item : d.items()) {
                List<Row> same = published.get(identity(item));
                if (same == null || same.isEmpty()) {
                    inserts.add(new Object[] {d.stationId(), d.day().toString(), item.position(), item.plannedStart().toString(),
                        item.durationMillis(), item.programId(), item.sha256(), item.campaignId(), item.noticeId(), item.reason()});
                    continue;
                }
                Row row = same.remove(0);
                kept.add(row.id());
                if (row.item().position() != item.position() || !row.item().reason().equals(item.reason())) {
                    moves.add(new Object[] {item.position(), item.reason(), row.id()});
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
                                + " it is kept", row.id(), d.stationId(), d.day());
                        continue;
                    }
                    withdrawals.add(new Object[] {now.toString(), REPLANNED, row.id()});
                }
            }
        }
        sql.batch(PlanningSql.INSERT_ITEM, inserts);
        sql.batch(PlanningSql.UPDATE_ITEM_PLACE, moves);
        sql.batch(PlanningSql.WITHDRAW_ITEM, withdrawals);
    }

    /**
     * Makes each station-day's published relays exactly its relays, by the items' rules: one the day keeps keeps its
     * id, one it drops is withdrawn unless it is in the frozen past, and a new one is not added into the frozen past
     * (a slot created today does not reach into the hours gone by). Read and written together, as the items.
     */
    void publishRelays(List<PlanningRepository.DayToPublish> days, Instant now, Instant frozenUntil) {
        if (days.isEmpty()) {
            return;
        }
        Map<String, Map<String, List<Long>>> publishedByDay = new HashMap<>();
        Map<Long, Instant> starts = new HashMap<>();
        sql.list(RelaySql.RELAYS_OF_STATIONS_BETWEEN, r -> {
            long id = r.getLong("id");
            starts.put(id, Instant.parse(r.getString("planned_start")));
            return publishedByDay.computeIfAbsent(key(r.getLong("station_id"), LocalDate.parse(r.getString("day"))),
                    k -> new LinkedHashMap<>()).computeIfAbsent(r.getLong("slot_id") + "|" + r.getLong("source_id") + "|"
                    + r.getString("planned_start") + "|" + r.getLong("duration_ms"), k -> new ArrayList<>()).add(id);
        }, stationIds(days), first(days).toString(), last(days).toString());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> withdrawals = new ArrayList<>();
        for (PlanningRepository.DayToPublish d : days) {
            Map<String, List<Long>> published = publishedByDay.getOrDefault(key(d.stationId(), d.day()), Map.of());
            for (PlannedRelay relay : d.relays()) {
                List<Long> same = published.get(relay.slotId() + "|" + relay.sourceId() + "|" + relay.plannedStart() + "|"
                        + relay.durationMillis());
                if (same != null && !same.isEmpty()) {
                    same.remove(0);
                } else if (frozenUntil == null || !relay.plannedStart().isBefore(frozenUntil)) {
                    inserts.add(new Object[] {d.stationId(), d.day().toString(), relay.plannedStart().toString(),
                        relay.durationMillis(), relay.slotId(), relay.sourceId()});
                }
            }
            for (List<Long> left : published.values()) {
                for (long id : left) {
                    if (frozenUntil == null || !starts.get(id).isBefore(frozenUntil)) {
                        withdrawals.add(new Object[] {now.toString(), REPLANNED, id});
                    }
                }
            }
        }
        sql.batch(RelaySql.INSERT_RELAY, inserts);
        sql.batch(RelaySql.WITHDRAW_RELAY, withdrawals);
    }

    private static String key(long stationId, LocalDate day) {
        return stationId + "/" + day;
    }

    private static String stationIds(List<PlanningRepository.DayToPublish> days) {
        return days.stream().map(d -> d.stationId()).distinct().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    private static LocalDate first(List<PlanningRepository.DayToPublish> days) {
        return days.stream().map(PlanningRepository.DayToPublish::day).min(LocalDate::compareTo).orElseThrow();
    }

    private static LocalDate last(List<PlanningRepository.DayToPublish> days) {
        return days.stream().map(PlanningRepository.DayToPublish::day).max(LocalDate::compareTo).orElseThrow();
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
