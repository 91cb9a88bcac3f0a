package vn.loa.agent.outbox;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import vn.loa.agent.store.AgentDatabase;
import vn.loa.agent.store.AgentState;
import vn.loa.agent.store.RelayCache;
import vn.loa.agent.store.ScheduleCache;

/**
 * The as-run records waiting for the server, numbered 1, 2, 3… for this enrolment. A record is written
 * with its item's handled mark in one transaction, so it is never lost and an item is never recorded
 * twice; it stays until the server acknowledges it, or sets it aside with the server's reason when the
 * server refuses it (never sent again, so one bad record does not hold up the ones after it). With the PC's
 * signing key, each record is signed and names the one before it as it is written ({@link RecordSealer}).
 */
public final class Outbox {

    /** A record waiting to be sent: its sequence and the JSON the server receives. */
    public record Pending(long sequence, String json) {
    }

    private final AgentDatabase db;
    private final AgentState state;
    private final ScheduleCache schedule;
    private final RelayCache relays;
    /** Null for an agent enrolled before records were signed: its records go unsigned, as before. */
    private final RecordSealer sealer;

    /** {@code signingKey} null: records unsigned. */
    public Outbox(AgentDatabase db, AgentState state, ScheduleCache schedule, RelayCache relays, long stationId,
                  String publicKey, PrivateKey signingKey) {
        this.db = db;
        this.state = state;
        this.schedule = schedule;
        this.relays = relays;
        this.sealer = signingKey == null ? null : new RecordSealer(stationId, publicKey, signingKey);
    }

    private String sealed(String json) {
        return sealer == null ? json : sealer.seal(json, state);
    }

    /** Writes the record, marks its item handled and clears the "on air" mark; returns its sequence. */
    public long record(AsRun record, Instant now) {
        return record(record.item().id(), record::json, now);
    }

    /** The same for a record already in its wire form, given its sequence (tests write odd ones this way). */
    public long record(long itemId, LongFunction<String> jsonForSequence, Instant now) {
        return db.inTransaction(() -> {
            long sequence = Long.parseLong(state.get("next_sequence").orElse("1"));
            db.update("INSERT INTO outbox (sequence, json, created_at) VALUES (?, ?, ?)", sequence,
                    sealed(jsonForSequence.apply(sequence)), now.toString());
            schedule.markHandled(itemId);
            state.set("next_sequence", String.valueOf(sequence + 1));
            state.clear("on_air");
            state.clear("on_air_seconds");
            return sequence;
        });
    }

    /** Writes a relay's record and marks the relay handled, in one transaction; returns its sequence. */
    public long record(RelayRun record, Instant now) {
        return db.inTransaction(() -> {
            long sequence = Long.parseLong(state.get("next_sequence").orElse("1"));
            db.update("INSERT INTO outbox (sequence, json, created_at) VALUES (?, ?, ?)", sequence, sealed(record.json(sequence)),
                    now.toString());
            relays.markHandled(record.relay().id());
            state.set("next_sequence", String.valueOf(sequence + 1));
            return sequence;
        });
    }

    /**
     * Signs, in order, the records still waiting that were written before the PC had its key (an agent that ran
     * unsigned, then enrolled): they are this PC's airings, and its enrolment now takes signed records only.
     * Returns how many were signed.
     */
    public int sealWaiting() {
        if (sealer == null) {
            return 0;
        }
        return db.inTransaction(() -> {
            int sealed = 0;
            for (Pending p : db.list("SELECT sequence, json FROM outbox WHERE acked_at IS NULL AND refused IS NULL"
                    + " ORDER BY sequence", r -> new Pending(r.getLong(1), r.getString(2)))) {
                if (!p.json().contains("\"signature\"")) {
                    db.update("UPDATE outbox SET json = ? WHERE sequence = ?", sealer.seal(p.json(), state), p.sequence());
                    sealed++;
                }
            }
            return sealed;
        });
    }

    /** The oldest records not yet acknowledged nor refused, at most {@code limit}. */
    public List<Pending> pending(int limit) {
        return db.list("SELECT sequence, json FROM outbox WHERE acked_at IS NULL AND refused IS NULL ORDER BY sequence"
                + " LIMIT ?", r -> new Pending(r.getLong(1), r.getString(2)), limit);
    }

    /** The records written since {@code since}, oldest first (for {@code status}). */
    public List<String> since(Instant since) {
        return db.list("SELECT json FROM outbox WHERE created_at >= ? ORDER BY sequence", r -> r.getString(1),
                since.toString());
    }

    /** How many records wait for the server's acknowledgement. */
    public int backlog() {
        return db.count("SELECT COUNT(*) FROM outbox WHERE acked_at IS NULL AND refused IS NULL");
    }

    /** How many records the server refused (kept here with its reason, never sent again). */
    public int refused() {
        return db.count("SELECT COUNT(*) FROM outbox WHERE refused IS NOT NULL");
    }

    /** Keeps the server's reason for each refused record (sequence → reason). */
    public void refuse(Map<Long, String> reasons) {
        reasons.forEach((sequence, reason) -> db.update("UPDATE outbox SET refused = ? WHERE sequence = ?", reason, sequence));
    }

    public void acknowledge(List<Long> sequences, Instant now) {
        for (long s : sequences) {
            db.update("UPDATE outbox SET acked_at = ? WHERE sequence = ?", now.toString(), s);
        }
    }
}
