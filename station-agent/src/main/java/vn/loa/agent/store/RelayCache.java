package vn.loa.agent.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The relays of the schedule as this PC last pulled it, each with its handled mark (relayed, or recorded as
 * missed). Streams are live: nothing of them is cached ahead, only their fallback programs' audio.
 */
public final class RelayCache {

    private static final String COLUMNS = "SELECT id, start_ms, duration_ms, source_id, source_name, url,"
            + " fallback_program_id, fallback_sha256, fallback_duration_ms FROM relay ";

    private final AgentDatabase db;

    public RelayCache(AgentDatabase db) {
        this.db = db;
    }

    /** Replaces the cached relays with the server's, keeping what was already handled as handled. */
    public void replace(List<Relay> relays) {
        db.inTransaction(() -> {
            Set<Long> handled = new HashSet<>(db.list("SELECT id FROM relay WHERE handled = 1", r -> r.getLong(1)));
            db.update("DELETE FROM relay");
            for (Relay r : relays) {
                db.update("INSERT INTO relay (id, start_ms, duration_ms, source_id, source_name, url, fallback_program_id,"
                        + " fallback_sha256, fallback_duration_ms, handled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(),
                        r.plannedStart().toEpochMilli(), r.durationMillis(), r.sourceId(), r.sourceName(), r.url(),
                        r.fallbackProgramId(), r.fallbackSha256(), r.fallbackDurationMillis(), handled.contains(r.id()) ? 1 : 0);
            }
            return null;
        });
    }

    /** The first relay not yet handled that begins before {@code until}, earliest first. */
    public Optional<Relay> dueBefore(Instant until) {
        return relays("WHERE handled = 0 AND start_ms <= ? ORDER BY start_ms, id", until.toEpochMilli()).stream().findFirst();
    }

    public List<Relay> unhandled() {
        return relays("WHERE handled = 0 ORDER BY start_ms, id");
    }

    /** Marks the relay recorded; called in the transaction that writes its record. */
    public void markHandled(long relayId) {
        db.update("UPDATE relay SET handled = 1 WHERE id = ?", relayId);
    }

    private List<Relay> relays(String where, Object... params) {
        return db.list(COLUMNS + where, r -> new Relay(r.getLong(1), Instant.ofEpochMilli(r.getLong(2)), r.getLong(3), r.getLong(4),
                r.getString(5), r.getString(6), AgentDatabase.nullableLong(r, 7), r.getString(8), r.getLong(9)), params);
    }
}
