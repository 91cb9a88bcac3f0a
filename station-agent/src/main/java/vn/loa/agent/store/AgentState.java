package vn.loa.agent.store;

import java.util.Optional;

/**
 * Small named values the agent keeps across restarts: the schedule's ETag, the next as-run sequence,
 * the enrolment's first instant, the "on air" mark and when the agent was last alive.
 */
public final class AgentState {

    /** Program titles by id, as the last schedule named them, for {@code status} (the schedule rows keep ids). */
    public static final String PROGRAM_TITLES = "program_titles";

    private final AgentDatabase db;

    public AgentState(AgentDatabase db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.text("SELECT value FROM state WHERE key = ?", key);
    }

    public void set(String key, String value) {
        db.update("INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                key, value);
    }

    public void clear(String key) {
        db.update("DELETE FROM state WHERE key = ?", key);
    }
}
