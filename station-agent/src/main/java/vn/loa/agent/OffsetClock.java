package vn.loa.agent;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.LongSupplier;

/** The server's time as this PC knows it: its own clock plus the last measured offset. */
final class OffsetClock extends Clock {

    private final Clock local;
    private final LongSupplier offsetMillis;

    OffsetClock(Clock local, LongSupplier offsetMillis) {
        this.local = local;
        this.offsetMillis = offsetMillis;
    }

    @Override
    public Instant instant() {
        return local.instant().plusMillis(offsetMillis.getAsLong());
    }

    @Override
    public ZoneId getZone() {
        return local.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new OffsetClock(local.withZone(zone), offsetMillis);
    }
}
