package vn.loa.agent.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schedule as this PC last pulled it, with each item's handled mark (aired, or recorded as missed)
 * and, for an item the server withdrew while it aired, the server's reason.
 */
public final class ScheduleCache {

    private static final String COLUMNS = "SELECT id, start_ms, duration_ms, program_id, sha256, reason, notice_id,"
            + " campaign_id FROM schedule_item ";

    private final AgentDatabase db;
    private final AgentState state;

    public ScheduleCache(AgentDatabase db, AgentState state) {
        this.db = db;
        this.state = state;
    }

    /**
     * Replaces the cached items with the server's, keeping what was already handled as handled. An
     * item planned before {@code airs_from} (this PC's enrolment) is handled already: it was never this
     * PC's to air. The item on air, when the server no longer has it, stays with the server's reason
     * for withdrawing it, so the airing stops and says why.
     */
    public void replace(List<Item> items, Map<Long, String> withdrawn) {
        db.inTransaction(() -> {
            Set<Long> handled = new HashSet<>(db.list("SELECT id FROM schedule_item WHERE handled = 1", r -> r.getLong(1)));
            long airsFrom = state.get("airs_from").map(t -> Instant.parse(t).toEpochMilli()).orElse(Long.MIN_VALUE);
            Optional<Item> onAir = state.get("on_air").map(t -> Long.parseLong(t.split(" ")[0])).flatMap(this::item);
            db.update("DELETE FROM schedule_item");
            for (Item i : items) {
                insert(i, handled.contains(i.id()) || i.plannedStart().toEpochMilli() < airsFrom, null);
            }
            if (onAir.isPresent() && items.stream().noneMatch(i -> i.id() == onAir.get().id())) {
                insert(onAir.get(), false, withdrawn.getOrDefault(onAir.get().id(),
                        "Lịch phát đã thay đổi / the schedule changed"));
            }
            return null;
        });
    }

    private void insert(Item i, boolean handled, String withdrawnReason) {
        db.update("INSERT INTO schedule_item (id, planned_start, start_ms, duration_ms, program_id, sha256, reason,"
                + " notice_id, campaign_id, handled, withdrawn_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", i.id(),
                i.plannedStart().toString(), i.plannedStart().toEpochMilli(), i.durationMillis(), i.programId(), i.sha256(),
                i.reason(), i.noticeId(), i.campaignId(), handled ? 1 : 0, withdrawnReason);
    }

    /** Why the server took the item off the schedule, when it did (it was on air then). */
    public Optional<String> withdrawnReason(long itemId) {
        return db.text("SELECT withdrawn_reason FROM schedule_item WHERE id = ?", itemId);
    }

    /**
     * The renditions the cache must keep: of every item not yet handled, including one the server
     * withdrew while it was on air (its file is still being read).
     */
    public Set<String> neededRenditions() {
        Set<String> needed = new HashSet<>();
        items("WHERE handled = 0").forEach(i -> needed.add(i.sha256()));
        return needed;
    }

    /** Items not yet aired or recorded as missed, earliest first. */
    public List<Item> unhandled() {
        return items("WHERE handled = 0 AND withdrawn_reason IS NULL ORDER BY start_ms, id");
    }

    /** Urgent notices other than {@code playing} whose start has come and which have not aired yet, earliest first. */
    public List<Item> dueNotices(Instant now, long playing) {
        return items("WHERE handled = 0 AND withdrawn_reason IS NULL AND notice_id IS NOT NULL AND start_ms <= ?"
                + " AND id <> ? ORDER BY start_ms, id", now.toEpochMilli(), playing);
    }

    public Optional<Item> item(long id) {
        return items("WHERE id = ?", id).stream().findFirst();
    }

    /** Marks the item aired or recorded; called in the transaction that writes its record. */
    public void markHandled(long itemId) {
        db.update("UPDATE schedule_item SET handled = 1 WHERE id = ?", itemId);
    }

    /** Called only with clauses written here; values are bound. */
    private List<Item> items(String where, Object... params) {
        return db.list(COLUMNS + where, r -> new Item(r.getLong(1), Instant.ofEpochMilli(r.getLong(2)), r.getLong(3),
                r.getLong(4), r.getString(5), r.getString(6), AgentDatabase.nullableLong(r, 7),
                AgentDatabase.nullableLong(r, 8)), params);
    }
}
