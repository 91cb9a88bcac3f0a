package vn.loa.scheduler.store;

import java.time.Duration;

/** A read ran past its time limit and was stopped; nothing was changed. */
public final class StoreTimeout extends RuntimeException {

    private final transient Duration limit;

    public StoreTimeout(Duration limit) {
        super("query stopped after " + limit.toSeconds() + " s", null, false, false);
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
