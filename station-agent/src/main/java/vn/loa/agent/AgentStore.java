package vn.loa.agent;

import java.nio.file.Path;
import vn.loa.agent.outbox.Outbox;
import vn.loa.agent.store.AgentDatabase;
import vn.loa.agent.store.AgentState;
import vn.loa.agent.store.RelayCache;
import vn.loa.agent.store.ScheduleCache;

/**
 * The agent's database ({@code DATA/agent.db}) by what it holds: the cached schedule, small state and
 * the as-run outbox (signed with the PC's key, {@link SigningKey}), all on one connection.
 */
public final class AgentStore implements AutoCloseable {

    private final AgentDatabase db;
    private final AgentState state;
    private final ScheduleCache schedule;
    private final Outbox outbox;
    private final RelayCache relays;

    private AgentStore(AgentDatabase db, Identity identity, SigningKey key) {
        this.db = db;
        this.state = new AgentState(db);
        this.schedule = new ScheduleCache(db, state);
        this.relays = new RelayCache(db);
        this.outbox = key == null || identity == null ? new Outbox(db, state, schedule, relays, 0, null, null)
                : new Outbox(db, state, schedule, relays, identity.stationId(), key.publicKey(), key.privateKey());
    }

    /** The data directory's database; records are signed when the PC has a signing key and is enrolled. */
    public static AgentStore open(Path dataDir) {
        return new AgentStore(AgentDatabase.open(dataDir), Identity.load(dataDir).orElse(null),
                SigningKey.load(dataDir).orElse(null));
    }

    public AgentState state() {
        return state;
    }

    public ScheduleCache schedule() {
        return schedule;
    }

    public RelayCache relays() {
        return relays;
    }

    public Outbox outbox() {
        return outbox;
    }

    @Override
    public void close() {
        db.close();
    }
}
