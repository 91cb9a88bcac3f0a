package vn.loa.agent.time;

import java.time.Instant;
import java.util.function.LongSupplier;

/** The server's time as this PC knows it: its own clock plus the last measured offset. */
public final class OffsetClock extends AgentClock {

    private final AgentClock local;
    private final LongSupplier offsetMillis;

    public OffsetClock(AgentClock local, LongSupplier offsetMillis) {
        this.local = local;
        this.offsetMillis = offsetMillis;
    }

    @Override
    public Instant instant() {
        return local.instant().plusMillis(offsetMillis.getAsLong());
    }

    @Override
    public double rate() {
        return local.rate();
    }
}
