package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.hand.DayOff;
import vn.loa.scheduler.domain.hand.RecurringSlot;
import vn.loa.scheduler.domain.relay.RelaySlot;
import vn.loa.scheduler.planning.CampaignRecord;
import vn.loa.scheduler.planning.CampaignSpec;
import vn.loa.scheduler.planning.CampaignStatus;
import vn.loa.scheduler.planning.Directions;
import vn.loa.scheduler.planning.FrequencyTarget;
import vn.loa.scheduler.planning.NoticeSpec;
import vn.loa.scheduler.planning.PlannedItem;
import vn.loa.scheduler.planning.PlannedRelay;
import vn.loa.scheduler.planning.PlanningInput;
import vn.loa.scheduler.planning.Priority;

final class JdbcPlanningRepository implements PlanningRepository {

    /** Station-days published in one round of reads and batched writes. */
    private static final int DAYS_PER_ROUND = 2_000;

    /** How far back missed airings are made up. */
    private static final int MAKE_UP_DAYS = 7;

    private final Sql sql;

    JdbcPlanningRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public CampaignRecord insertCampaign(CampaignSpec spec, CampaignStatus status, Instant now) {
        long id = sql.insert(PlanningSql.INSERT_CAMPAIGN, spec.name(), spec.ownerUnitCode(), spec.from().toString(),
                spec.to().toString(), spec.priority().wireName(), spec.target().kind().wireName(), spec.target().count(), status.wireName(),
                now.toString(), now.toString(), status == CampaignStatus.ACTIVE ? now.toString() : null);
        writeChildren(id, spec);
        return findCampaign(id).orElseThrow();
    }

    @Override
    public void deleteCampaign(long id) {
        sql.update(PlanningSql.DELETE_CAMPAIGN, id);
    }

    @Override
    public void updateCampaign(long id, CampaignSpec spec, Instant now) {
        sql.update(PlanningSql.UPDATE_CAMPAIGN, spec.name(), spec.ownerUnitCode(), spec.from().toString(), spec.to().toString(),
                spec.priority().wireName(), spec.target().kind().wireName(), spec.target().count(), now.toString(), id);
        sql.update(PlanningSql.DELETE_PROGRAMS, id);
        sql.update(PlanningSql.DELETE_TARGETS, id);
        sql.update(PlanningSql.DELETE_WINDOWS, id);
        writeChildren(id, spec);
    }

    @Override
    public void setCampaignStatus(long id, CampaignStatus status, Instant now) {
        sql.update(PlanningSql.SET_STATUS, status.wireName(), now.toString(), status.wireName(), now.toString(), id);
    }

    @Override
    public Optional<CampaignRecord> findCampaign(long id) {
        return sql.one(PlanningSql.FIND_CAMPAIGN, this::mapCampaign, id).map(this::complete);
    }

    @Override
    public List<CampaignRecord> listCampaigns(String withinCode) {
        List<CampaignRecord> headers = withinCode == null ? sql.list(PlanningSql.LIST_CAMPAIGNS, this::mapCampaign)
                : sql.list(PlanningSql.LIST_CAMPAIGNS_WITHIN, this::mapCampaign, withinCode, withinCode);
        return headers.stream().map(this::complete).toList();
    }

    @Override
    public long insertNotice(NoticeSpec n, Instant issuedAt) {
        long id = sql.insert(PlanningSql.INSERT_NOTICE, n.title(), n.programId(), n.issuedByUnitCode(),
                Sql.text(n.airAt()), n.overrideWindows() ? 1 : 0, n.repeat(), n.intervalMinutes() * 60, issuedAt.toString());
        n.targetUnits().forEach(code -> sql.update(PlanningSql.INSERT_NOTICE_UNIT, id, code, code));
        n.targetStations().forEach(s -> sql.update(PlanningSql.INSERT_NOTICE_STATION, id, s));
        return id;
    }

    @Override
    public Set<Long> stationsOf(List<String> unitCodes, List<Long> stationIds) {
        Set<Long> ids = new LinkedHashSet<>(stationIds);
        for (String code : unitCodes) {
            ids.addAll(sql.list(PlanningSql.STATIONS_IN_SUBTREE, r -> r.getLong(1), code));
        }
        return ids;
    }

    @Override
    public PlanningInput input(LocalDate firstDay, int days, Instant since, Instant now, Instant frozenUntil) {
        List<PlanningInput.Station> stations = new ArrayList<>();
        // a station merged into a new commune's station airs as that one: it is not planned itself
        Set<Long> merged = new HashSet<>(sql.list(PlanningSql.MERGED_STATIONS, r -> r.getLong(1)));
        JdbcSettingsRepository settings = new JdbcSettingsRepository(sql);
        boolean anyStrict = settings.anyStrict();
        for (Station s : new JdbcStationRepository(sql).list(null)) {
            if (merged.contains(s.id())) {
                continue;
            }
            // a window inside the quiet hours airs as written unless the province is strict (and did not waive it)
            boolean asWritten = s.spec().quietHoursWaived() || !anyStrict || !settings.ofStation(s.id()).quietStrict();
            stations.add(new PlanningInput.Station(s.id(), ZoneId.of(s.spec().timeZone()), s.spec().windows(),
                    s.spec().quietHours(), asWritten, new HashSet<>(s.spec().languages())));
        }
        List<PlanningInput.Program> programs = sql.list(PlanningSql.APPROVED_PROGRAMS, r -> new PlanningInput.Program(
                r.getLong("id"), r.getString("content_sha256"), r.getLong("duration_ms"), r.getString("language"),
                day(r.getString("valid_from")), day(r.getString("valid_to"))));
        List<PlanningInput.Campaign> campaigns = new ArrayList<>();
        LocalDate last = firstDay.plusDays(days - 1L);
        for (CampaignRecord header : sql.list(PlanningSql.ACTIVE_CAMPAIGNS, this::mapCampaign, firstDay.toString(),
                last.toString())) {
            CampaignRecord c = complete(header);
            CampaignSpec spec = c.spec();
            campaigns.add(new PlanningInput.Campaign(c.id(), spec.priority(), spec.target(), spec.from(), spec.to(),
                    stationsOf(spec.targetUnits(), spec.targetStations()), spec.programIds(), spec.preferred()));
        }
        List<PlanningInput.Notice> notices = sql.list(PlanningSql.RECENT_NOTICES, r -> {
            long id = r.getLong("id");
            return new PlanningInput.Notice(id, r.getLong("program_id"), Sql.instant(r, "issued_at"), Sql.instant(r, "air_at"),
                    r.getInt("override_windows") != 0, r.getInt("repeat_count"), r.getInt("repeat_interval_s") / 60, Set.of());
        }, since.toString());
        List<PlanningInput.Notice> resolved = new ArrayList<>();
        for (PlanningInput.Notice n : notices) {
            List<String> units = sql.list(PlanningSql.NOTICE_UNITS, r -> r.getString(1), n.id());
            List<Long> direct = sql.list(PlanningSql.NOTICE_STATIONS, r -> r.getLong(1), n.id());
            resolved.add(new PlanningInput.Notice(n.id(), n.programId(), n.issuedAt(), n.airAt(), n.overrideWindows(),
                    n.repeat(), n.intervalMinutes(), stationsOf(units, direct)));
        }
        return new PlanningInput(firstDay, days, stations, programs, campaigns, resolved, makeUps(firstDay),
                new PlanningInput.Frozen(now, frozenUntil, new PublishedDays(sql).frozen(firstDay, frozenUntil)),
                directions(firstDay, last, stations), relays(firstDay, last));
    }

    /** The relay slots running on some day of {@code first}..{@code last}, targets resolved to stations. */
    private List<PlanningInput.Relay> relays(LocalDate first, LocalDate last) {
        List<PlanningInput.Relay> relays = new ArrayList<>();
        for (RelaySlot s : new JdbcRelayRepository(sql).slots(first, last)) {
            Set<Long> targets = s.stationId() != null ? Set.of(s.stationId()) : stationsOf(List.of(s.scopeCode()), List.of());
            relays.add(new PlanningInput.Relay(s.id(), s.sourceId(), s.sourceName(), s.weekdays(), s.startMinute(),
                    s.durationMinutes(), s.firstDay(), s.lastDay(), targets));
        }
        return relays;
    }

    /** What planners decided by hand for the days {@code first}..{@code last}, targets resolved to stations. */
    private Directions directions(LocalDate first, LocalDate last, List<PlanningInput.Station> stations) {
        JdbcHandRepository hand = new JdbcHandRepository(sql);
        List<Directions.DayOff> daysOff = new ArrayList<>();
        for (DayOff d : hand.daysOff(first, last)) {
            Set<Long> targets = d.stationId() != null ? Set.of(d.stationId()) : stationsOf(List.of(d.scopeCode()), List.of());
            for (LocalDate day = d.firstDay().isBefore(first) ? first : d.firstDay(); !day.isAfter(last) && !day.isAfter(d.lastDay());
                 day = day.plusDays(1)) {
                for (long station : targets) {
                    daysOff.add(new Directions.DayOff(station, day, d.kind().equals(DayOff.PAUSE), d.reason()));
                }
            }
        }
        List<Directions.Slot> slots = new ArrayList<>();
        for (RecurringSlot r : hand.slots(first, last)) {
            Set<Long> targets = r.stationId() != null ? Set.of(r.stationId()) : stationsOf(List.of(r.scopeCode()), List.of());
            slots.add(new Directions.Slot(r.id(), targets, r.programId(), r.startMinute(), r.weekly(), r.weekdays(), r.every(),
                    r.firstDay(), r.lastDay(), r.name()));
        }
        List<Directions.Edit> edits = hand.edits(first, last).stream().map(e -> new Directions.Edit(e.id(), e.stationId(),
                e.day(), Directions.EditKind.valueOf(e.kind().toUpperCase(Locale.ROOT)), e.programId(), e.campaignId(),
                e.atSecond(), e.reason())).toList();
        Map<Long, Integer> separation = new HashMap<>();
        JdbcSettingsRepository settings = new JdbcSettingsRepository(sql);
        if (settings.anySeparation()) {
            stations.forEach(s -> separation.put(s.id(), settings.ofStation(s.id()).separationMinutes() * 60));
        }
        return new Directions(daysOff, slots, edits, separation);
    }

    /** What the last week's reports say each station still owes, net of make-ups already played. */
    private List<PlanningInput.MakeUp> makeUps(LocalDate firstDay) {
        String from = firstDay.minusDays(MAKE_UP_DAYS).toString();
        String to = firstDay.toString();
        Map<String, Integer> owed = new HashMap<>();
        sql.list(PlanningSql.MISSED, r -> owed.merge(key(r), r.getInt("n"), Integer::sum), from, to);
        sql.list(PlanningSql.MADE_UP, r -> owed.merge(key(r), -r.getInt("n"), Integer::sum), from, to);
        List<PlanningInput.MakeUp> makeUps = new ArrayList<>();
        owed.forEach((k, n) -> {
            if (n > 0) {
                String[] p = k.split("/");
                makeUps.add(new PlanningInput.MakeUp(Long.parseLong(p[0]), Long.parseLong(p[1]), Long.parseLong(p[2]), n));
            }
        });
        makeUps.sort(Comparator.comparing(PlanningInput.MakeUp::stationId).thenComparing(PlanningInput.MakeUp::campaignId)
                .thenComparing(PlanningInput.MakeUp::programId));
        return makeUps;
    }

    private static String key(ResultSet r) throws SQLException {
        return r.getLong("station_id") + "/" + r.getLong("campaign_id") + "/" + r.getLong("program_id");
    }

    @Override
    public Map<String, String> publishedEtags(LocalDate from, LocalDate to) {
        Map<String, String> etags = new HashMap<>();
        sql.list(PlanningSql.PUBLISHED, r -> etags.put(r.getLong("station_id") + "/" + r.getString("day"), r.getString("etag")),
                from.toString(), to.toString());
        return etags;
    }

    @Override
    public void publishDay(long stationId, LocalDate day, List<PlannedItem> items, String etag, Instant now,
                           Instant frozenUntil) {
        new PublishedDays(sql).publish(List.of(new DayToPublish(stationId, day, items, List.of(), etag)), now, frozenUntil);
    }

    @Override
    public void publishRelays(long stationId, LocalDate day, List<PlannedRelay> relays, Instant now, Instant frozenUntil) {
        new PublishedDays(sql).publishRelays(List.of(new DayToPublish(stationId, day, List.of(), relays, null)), now,
                frozenUntil);
    }

    @Override
    public void publishDays(List<DayToPublish> days, Instant now, Instant frozenUntil) {
        PublishedDays published = new PublishedDays(sql);
        // a few thousand station-days at a time: a nation's week at once would hold millions of rows in memory
        for (int from = 0; from < days.size(); from += DAYS_PER_ROUND) {
            List<DayToPublish> round = days.subList(from, Math.min(days.size(), from + DAYS_PER_ROUND));
            published.publish(round, now, frozenUntil);
            published.publishRelays(round, now, frozenUntil);
        }
    }

    @Override
    public Set<Long> withdrawNotice(long noticeId, Instant now, String reason) {
        return new PublishedDays(sql).withdrawNotice(noticeId, now, reason);
    }

    @Override
    public boolean cancelNotice(long noticeId, Instant now, String by) {
        return sql.update(PlanningSql.CANCEL_NOTICE, now.toString(), by, noticeId) > 0;
    }

    @Override
    public int version(long stationId, LocalDate day) {
        return sql.count(PlanningSql.VERSION, stationId, day.toString());
    }

    private void writeChildren(long id, CampaignSpec spec) {
        spec.programIds().forEach(p -> sql.update(PlanningSql.INSERT_PROGRAM, id, p));
        spec.targetUnits().forEach(code -> sql.update(PlanningSql.INSERT_UNIT_TARGET, id, code, code));
        spec.targetStations().forEach(s -> sql.update(PlanningSql.INSERT_STATION_TARGET, id, s));
        spec.preferred().forEach(w -> sql.update(PlanningSql.INSERT_WINDOW, id, w.startMinute(), w.endMinute()));
    }

    /** The campaign row alone; {@link #complete} adds its children once the result set is closed. */
    private CampaignRecord mapCampaign(ResultSet r) throws SQLException {
        long id = r.getLong("id");
        CampaignSpec spec = new CampaignSpec(r.getString("name"), r.getString("owner_code"),
                LocalDate.parse(r.getString("period_start")), LocalDate.parse(r.getString("period_end")),
                Priority.fromWire(r.getString("priority")).orElseThrow(),
                new FrequencyTarget(FrequencyTarget.Kind.fromWire(r.getString("target_kind")).orElseThrow(), r.getInt("target_count")),
                List.of(), List.of(), List.of(), List.of());
        CampaignStatus status = CampaignStatus.fromWire(r.getString("status")).orElseThrow();
        Instant created = Sql.instant(r, "created_at");
        Instant updated = Sql.instant(r, "updated_at");
        return new CampaignRecord(id, spec, status, created, updated, Sql.instant(r, "published_at"), r.getString("owner_name"));
    }

    /** Adds the child rows (programs, targets, windows) to a campaign header read by {@link #mapCampaign}. */
    private CampaignRecord complete(CampaignRecord c) {
        CampaignSpec s = c.spec();
        List<BroadcastWindow> windows = sql.list(PlanningSql.CAMPAIGN_WINDOWS,
                r -> new BroadcastWindow(DayOfWeek.MONDAY, r.getInt(1), r.getInt(2)), c.id());
        CampaignSpec full = new CampaignSpec(s.name(), s.ownerUnitCode(), s.from(), s.to(), s.priority(), s.target(),
                sql.list(PlanningSql.CAMPAIGN_UNITS, r -> r.getString(1), c.id(), c.id()),
                sql.list(PlanningSql.CAMPAIGN_STATIONS, r -> r.getLong(1), c.id()),
                sql.list(PlanningSql.CAMPAIGN_PROGRAMS, r -> r.getLong(1), c.id()), windows);
        return new CampaignRecord(c.id(), full, c.status(), c.createdAt(), c.updatedAt(), c.publishedAt(), c.ownerName());
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
