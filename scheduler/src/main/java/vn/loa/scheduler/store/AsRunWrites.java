package vn.loa.scheduler.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.domain.Outcome;
import vn.loa.scheduler.store.AgentReportRepository.Insertion;

/**
 * One agent's batch of as-run records being stored, in the write transaction every agent waits for: each record is
 * inserted as it comes (a signed one's evidence is attached to its row next), while what the records add to the
 * roll-ups (site day, station day and month, the month's days reaching 1 .. 4 airings) and to the sequence book is
 * summed in memory and written once per key when the batch is {@linkplain #finish() finished}: a batch of a day's
 * airings touches a handful of roll-up rows, where a record at a time wrote each of them again and again.
 */
final class AsRunWrites implements AgentReportRepository.AsRunBatch {

    /** A roll-up row's key: a station's or a site's day or month, a program and a campaign (0 for none). */
    private record Key(String sql, long owner, String period, long program, long campaign) {
    }

    /** Rows per INSERT when several records go in at once (25 values each, well inside both databases' limits). */
    private static final int ROWS_PER_STATEMENT = 100;
    private static final int COLUMNS = 25;

    private final Sql sql;
    private final SequenceBook sequences;
    private final ItemAirings items;
    private final long stationId;
    private final long siteId;
    private final long enrolmentId;
    /** Deltas per roll-up row: the station's played .. failed and seconds; the site's played, records and seconds. */
    private final Map<Key, double[]> counts = new LinkedHashMap<>();
    private final List<Long> received = new ArrayList<>();
    private final Map<Long, Optional<ItemAirings.Standing>> standings = new HashMap<>();
    private Boolean absorbsOthers;
    private Instant receivedAt;
    private String receivedText;

    AsRunWrites(Sql sql, SequenceBook sequences, ItemAirings items, long stationId, long siteId, long enrolmentId) {
        this.sql = sql;
        this.sequences = sequences;
        this.items = items;
        this.stationId = stationId;
        this.siteId = siteId;
        this.enrolmentId = enrolmentId;
    }

    @Override
    public Insertion insert(AsRunRecord a, Instant receivedAt) {
        if (enrolmentId != 0 && absorbsOthers()) {
            Optional<AsRunRecord> before = sql.one(AgentReportSql.AS_RUN_HELD_BEFORE_MERGER, JdbcAgentReportRepository::asRun,
                    enrolmentId, a.sequence(), stationId);
            if (before.isPresent()) {
                return before.get().sameAs(a) ? Insertion.HELD : Insertion.CONFLICT;
            }
        }
        boolean stored = sql.update(AgentReportSql.INSERT_AS_RUN, row(a, receivedAt)) == 1;
        return stored ? counted(a) : held(a);
    }

    @Override
    public List<Insertion> insertAll(List<AsRunRecord> records, Instant receivedAt) {
        List<Insertion> answers = new ArrayList<>(records.size());
        if (enrolmentId != 0 && absorbsOthers()) {
            // a key may be held under a station merged into this one: asked record by record
            records.forEach(a -> answers.add(insert(a, receivedAt)));
            return answers;
        }
        for (int from = 0; from < records.size(); from += ROWS_PER_STATEMENT) {
            List<AsRunRecord> chunk = records.subList(from, Math.min(records.size(), from + ROWS_PER_STATEMENT));
            Object[] params = new Object[chunk.size() * COLUMNS];
            for (int i = 0; i < chunk.size(); i++) {
                System.arraycopy(row(chunk.get(i), receivedAt), 0, params, i * COLUMNS, COLUMNS);
            }
            // the sequences whose rows went in; a key held already (or twice in the batch) comes back once or not at all
            Set<Long> stored = new HashSet<>(sql.list(AgentReportSql.insertAsRunRows(chunk.size()), r -> r.getLong(1), params));
            for (AsRunRecord a : chunk) {
                answers.add(stored.remove(a.sequence()) ? counted(a) : held(a));
            }
        }
        return answers;
    }

    /** The values of one record's row, in {@link AgentReportSql#INSERT_AS_RUN}'s order. */
    private Object[] row(AsRunRecord a, Instant receivedAt) {
        return new Object[] {stationId, enrolmentId, a.sequence(), a.itemId(),
            a.programId(), a.campaignId(), a.noticeId(), a.day().toString(), a.contentSha256(),
            Sql.text(a.plannedStart()), Sql.text(a.actualStart()), Sql.text(a.actualEnd()), a.secondsPlayed(),
            a.outcome(), a.reason(), text(receivedAt), a.clockOffsetMillis(), a.clockUncertaintyMillis(),
            a.startMarginMillis(), a.fallback() ? 1 : 0, a.relay() == null ? null : a.relay().relayId(),
            a.relay() == null ? null : a.relay().sourceId(), a.relay() == null ? null : a.relay().dropouts(),
            a.relay() == null ? null : a.relay().dropoutSeconds(), a.relay() == null ? null : a.relay().fallback()};
    }

    /** A record whose row was not inserted: the one held under its key is the same (a resend) or another. */
    private Insertion held(AsRunRecord a) {
        AsRunRecord held = sql.one(AgentReportSql.AS_RUN_HELD, JdbcAgentReportRepository::asRun, stationId,
                enrolmentId, a.sequence()).orElseThrow();
        return held.sameAs(a) ? Insertion.HELD : Insertion.CONFLICT;
    }

    /** A record whose row was just inserted: what it adds to the roll-ups and the sequence book. */
    private Insertion counted(AsRunRecord a) {
        received.add(a.sequence());
        if (a.relay() != null) {
            // a relay is no program's airing: the programs' roll-ups leave it out, the relay reports read the records
            return Insertion.STORED;
        }
        Outcome o = Outcome.fromWire(a.outcome()).orElseThrow();
        long program = a.programId() == null ? 0 : a.programId();
        long campaign = a.campaignId() == null ? 0 : a.campaignId();
        add(new Key(SiteSql.COUNT_IN_SITE_DAILY, siteId, a.day().toString(), program, campaign),
                o == Outcome.PLAYED ? 1 : 0, 1, a.secondsPlayed());
        ItemAirings.Change change = items.stored(stationId, siteId, a, standings);
        if (change.remove() != null) {
            count(LocalDate.parse(change.remove().day()), program, campaign, change.remove().outcome(), -1,
                    -change.remove().secondsAired());
        }
        if (change.add() != null) {
            count(a.day(), program, campaign, o, 1, a.secondsPlayed());
        }
        return Insertion.STORED;
    }

    @Override
    public void finish() {
        // the days first: how many airings each day row holds after the batch says which of its month's "days with at
        // least k airings" change, for the program and for the campaign's programs together
        Map<Key, int[]> levels = new HashMap<>();
        Map<Key, Integer> campaignDays = new LinkedHashMap<>();
        for (Map.Entry<Key, double[]> e : counts.entrySet()) {
            Key k = e.getKey();
            if (k.sql().equals(AgentReportSql.COUNT_IN_MONTHLY)) {
                continue;
            }
            Object[] params = params(k, e.getValue(), null);
            if (!k.sql().equals(AgentReportSql.COUNT_IN_ROLLUP)) {
                sql.update(k.sql(), params);
                continue;
            }
            long after = sql.one(k.sql(), r -> r.getLong(1), params).orElseThrow();
            int added = (int) Math.round(e.getValue()[0]);
            if (added != 0) {
                int[] change = levelChanges(after - added, after);
                if (change != null) {
                    add(levels.computeIfAbsent(monthOf(k, AgentReportSql.COUNT_IN_MONTHLY, k.program()),
                            x -> new int[AgentReportSql.CAPPED_DAYS]), change);
                }
                if (k.campaign() != 0) {
                    campaignDays.merge(new Key(AgentReportSql.CAMPAIGN_DAY_PLAYED, stationId, k.period(), 0, k.campaign()),
                            added, Integer::sum);
                }
            }
        }
        for (Map.Entry<Key, double[]> e : counts.entrySet()) {
            if (e.getKey().sql().equals(AgentReportSql.COUNT_IN_MONTHLY)) {
                int[] change = levels.get(e.getKey());
                sql.update(e.getKey().sql(), params(e.getKey(), e.getValue(),
                        change != null ? change : new int[AgentReportSql.CAPPED_DAYS]));
            }
        }
        campaignDays.forEach((day, added) -> {
            long after = sql.one(AgentReportSql.CAMPAIGN_DAY_PLAYED, r -> r.getLong(1), stationId, day.period(),
                    day.campaign()).orElseThrow();
            int[] change = levelChanges(after - added, after);
            if (change != null) {
                Key month = monthOf(day, AgentReportSql.COUNT_CAMPAIGN_DAYS, 0);
                sql.update(month.sql(), stationId, month.period(), month.campaign(), change[0], change[1], change[2], change[3]);
            }
        });
        counts.clear();
        sequences.receivedAll(stationId, siteId, enrolmentId, received);
        received.clear();
    }

    /** A roll-up key's values: owner, period, program, campaign, its deltas (counts, then seconds), then {@code more}. */
    private static Object[] params(Key k, double[] d, int[] more) {
        Object[] params = new Object[4 + d.length + (more == null ? 0 : more.length)];
        params[0] = k.owner();
        params[1] = k.period();
        params[2] = k.program();
        params[3] = k.campaign();
        for (int i = 0; i < d.length; i++) {
            // every delta but the last (seconds) is a count
            params[4 + i] = i < d.length - 1 ? (Object) Math.round(d[i]) : (Object) d[i];
        }
        for (int i = 0; more != null && i < more.length; i++) {
            params[4 + d.length + i] = more[i];
        }
        return params;
    }

    /** The month row (of {@code sql}'s table) that a day row's key falls in. */
    private static Key monthOf(Key day, String sql, long program) {
        return new Key(sql, day.owner(), day.period().substring(0, 8) + "01", program, day.campaign());
    }

    /**
     * How a day going from {@code before} to {@code after} airings changes the days with at least 1 .. 4 airings
     * (+1, -1 or 0 each); null when none changes.
     */
    static int[] levelChanges(long before, long after) {
        int[] change = new int[AgentReportSql.CAPPED_DAYS];
        boolean any = false;
        for (int k = 1; k <= change.length; k++) {
            change[k - 1] = (after >= k ? 1 : 0) - (before >= k ? 1 : 0);
            any |= change[k - 1] != 0;
        }
        return any ? change : null;
    }

    /** The batch's records arrived together: their arrival is written out once. */
    private String text(Instant at) {
        if (!at.equals(receivedAt)) {
            receivedAt = at;
            receivedText = Sql.text(at);
        }
        return receivedText;
    }

    /** Whether stations were merged into this one: only then may a record's key be held under one of theirs. */
    private boolean absorbsOthers() {
        if (absorbsOthers == null) {
            absorbsOthers = sql.count(AgentReportSql.STATIONS_MERGED_INTO, stationId) > 0;
        }
        return absorbsOthers;
    }

    /** Adds (sign 1) or takes back (sign -1) one record in the station's day and month roll-ups. */
    private void count(LocalDate day, long program, long campaign, Outcome o, int sign, double seconds) {
        double[] delta = {o == Outcome.PLAYED ? sign : 0, o == Outcome.PARTIAL ? sign : 0,
            o == Outcome.INTERRUPTED ? sign : 0, o == Outcome.MISSED ? sign : 0, o == Outcome.FAILED ? sign : 0, seconds};
        add(new Key(AgentReportSql.COUNT_IN_ROLLUP, stationId, day.toString(), program, campaign), delta);
        add(new Key(AgentReportSql.COUNT_IN_MONTHLY, stationId, day.withDayOfMonth(1).toString(), program, campaign), delta);
    }

    private static void add(int[] sum, int[] delta) {
        for (int i = 0; i < delta.length; i++) {
            sum[i] += delta[i];
        }
    }

    private void add(Key key, double... delta) {
        double[] sum = counts.computeIfAbsent(key, k -> new double[delta.length]);
        for (int i = 0; i < delta.length; i++) {
            sum[i] += delta[i];
        }
    }
}
