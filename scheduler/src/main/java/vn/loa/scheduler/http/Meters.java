package vn.loa.scheduler.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Loa's own meters, beside Vert.x's (connections, JVM) on one Prometheus registry served at {@code /metrics}:
 * requests per operation of the contract (rate and latency), as-run records stored, agents heard, long polls
 * held, the store's connections, the jobs run. Names as Prometheus shows them are in the README.
 */
public final class Meters {

    /** A station counts as connected while its agent was heard (a heartbeat, a poll) this recently. */
    private static final Duration HEARD_RECENTLY = Duration.ofMinutes(5);

    private final PrometheusMeterRegistry registry;
    /** Per operation, one timer per status class (index 1..5): found without building a key on the hot path. */
    private final Map<String, Timer[]> requests = new ConcurrentHashMap<>();
    private final Map<String, Counter> jobs = new ConcurrentHashMap<>();
    private final Map<Long, Long> heard = new ConcurrentHashMap<>();
    private final Counter recordsStored;

    public Meters(PrometheusMeterRegistry registry) {
        this.registry = registry;
        this.recordsStored = Counter.builder("loa.asrun.records.stored")
                .description("as-run records stored (a record sent again is not counted twice)").register(registry);
        Gauge.builder("loa.agents.heard", this::agentsHeard)
                .description("stations whose agent was heard in the last 5 minutes").register(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** One answered request of the contract's {@code operation} (or "unmatched"). */
    void request(String operation, int status, long nanos) {
        int statusClass = Math.max(1, Math.min(5, status / 100));
        Timer[] timers = requests.computeIfAbsent(operation, o -> new Timer[6]);
        Timer timer = timers[statusClass];
        if (timer == null) {
            timer = Timer.builder("loa.http.requests")
                    .description("requests answered, per operation of the API contract and status class")
                    .tag("operation", operation).tag("status", statusClass + "xx")
                    .publishPercentiles(0.5, 0.99).register(registry);
            timers[statusClass] = timer;
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    void recordsStored(int count) {
        recordsStored.increment(count);
    }

    void heard(long stationId) {
        heard.put(stationId, System.nanoTime());
    }

    /** Counts a run of a scheduled job (re-plan, nightly extension, silent-station check, webhooks). */
    public void jobRan(String job) {
        jobs.computeIfAbsent(job, name -> Counter.builder("loa.jobs.runs").description("scheduled job runs on this instance")
                .tag("job", name).register(registry)).increment();
    }

    /** A value read when Prometheus asks (long polls held). */
    public void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, () -> value.get().doubleValue()).description(description).register(registry);
    }

    /** The same, one of several values of a tag (the store's connections: active, idle, waiting). */
    public void gauge(String name, String description, String tag, String tagValue, Supplier<Number> value) {
        Gauge.builder(name, () -> value.get().doubleValue()).description(description).tag(tag, tagValue).register(registry);
    }

    private int agentsHeard() {
        long since = System.nanoTime() - HEARD_RECENTLY.toNanos();
        heard.values().removeIf(at -> at < since);
        return heard.size();
    }
}
