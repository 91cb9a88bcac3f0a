package vn.loa.agent.time;

/** How far the server's clock is ahead of this PC's, as last measured; shared by the sync that measures it and the clocks that use it. */
public final class ClockOffset {

    private volatile long millis;

    public ClockOffset(long millis) {
        this.millis = millis;
    }

    public long millis() {
        return millis;
    }

    public void set(long millis) {
        this.millis = millis;
    }
}
