package vn.loa.agent.playout;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import vn.loa.agent.time.AgentClock;

/**
 * The bookkeeping every sink shares: runs the sink's body on its own thread, tells it when it must
 * stop, and keeps when it started, how much it played and how it failed.
 */
final class AiringThread implements Airing {

    /** What a sink does to air one program; it calls {@link #started()} when the first audio goes out. */
    interface Body {
        void run(AiringThread airing) throws Exception;
    }

    private final AgentClock clock;
    private final long durationMillis;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean stopRequested;
    private volatile Instant actualStart;
    private volatile Instant actualEnd;
    private volatile String failure;

    private AiringThread(AgentClock clock, long durationMillis) {
        this.clock = clock;
        this.durationMillis = durationMillis;
    }

    static AiringThread start(AgentClock clock, long durationMillis, String name, Body body) {
        AiringThread airing = new AiringThread(clock, durationMillis);
        Thread thread = new Thread(() -> {
            try {
                body.run(airing);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                airing.failure = e.getMessage() == null ? e.toString() : e.getMessage();
            } finally {
                if (airing.actualStart != null) {
                    airing.actualEnd = clock.instant();
                }
                airing.ended.countDown();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return airing;
    }

    AgentClock clock() {
        return clock;
    }

    boolean stopRequested() {
        return stopRequested;
    }

    /** Marks the first audio going out, now. */
    Instant started() {
        actualStart = clock.instant();
        return actualStart;
    }

    void fail(String message) {
        failure = message;
    }

    @Override
    public boolean await(long millis) throws InterruptedException {
        return ended.await(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        stopRequested = true;
        try {
            ended.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Instant actualStart() {
        return actualStart;
    }

    @Override
    public Instant actualEnd() {
        if (actualStart == null) {
            return null;
        }
        return actualEnd != null ? actualEnd : clock.instant();
    }

    @Override
    public double secondsPlayed() {
        Instant end = actualEnd();
        if (end == null) {
            return 0;
        }
        // the last pacing step may run a few milliseconds past the program's end
        return Math.min(durationMillis, Duration.between(actualStart, end).toMillis()) / 1000.0;
    }

    @Override
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
