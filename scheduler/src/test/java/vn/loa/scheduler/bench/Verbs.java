package vn.loa.scheduler.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** What a simulation's agents saw, per verb: calls, latencies, errors; and how soon a change woke them. */
final class Verbs {

    private static final class Tally {
        long errors;
        long[] nanos = new long[1024];
        int count;

        void add(long value, boolean ok) {
            if (!ok) {
                errors++;
            }
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = value;
        }
    }

    private final Map<String, Tally> tallies = new TreeMap<>();
    private final List<Long> woken = new ArrayList<>();
    private final AtomicLong records = new AtomicLong();
    private volatile long publishAsked;
    private volatile long publishAnswered;

    synchronized void count(String verb, long nanos, boolean ok) {
        tallies.computeIfAbsent(verb, v -> new Tally()).add(nanos, ok);
    }

    void records(int stored) {
        records.addAndGet(stored);
    }

    /** Called before the publication is asked for, then once it is answered. */
    void markWake(long nanos) {
        if (publishAsked == 0) {
            publishAsked = nanos;
        } else {
            publishAnswered = nanos;
        }
    }

    synchronized void woken(long nanos) {
        if (publishAsked != 0 && nanos >= publishAsked) {
            woken.add(nanos);
        }
    }

    /** @param server per verb, what the server measured itself (see {@link ServerTimers}); a verb may be missing */
    synchronized void print(int seconds, int agents, Map<String, ServerTimers.Timing> server) {
        System.out.printf(Locale.ROOT, "%-10s %9s %8s %9s %9s %7s   %s%n", "verb", "calls", "per s", "p50 ms", "p99 ms", "errors",
                "the server's own p50 / p99 ms");
        tallies.forEach((verb, t) -> {
            long[] sorted = Arrays.copyOf(t.nanos, t.count);
            Arrays.sort(sorted);
            ServerTimers.Timing own = server.get(verb);
            System.out.printf(Locale.ROOT, "%-10s %9d %8.1f %9.1f %9.1f %7d   %s%n", verb, t.count, t.count / (double) seconds,
                    percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, t.errors,
                    own == null ? "-" : String.format(Locale.ROOT, "%.1f / %.1f", own.p50Millis(), own.p99Millis()));
        });
        System.out.printf(Locale.ROOT, "as-run records stored: %d (%.1f per s)%n", records.get(), records.get() / (double) seconds);
        long[] after = woken.stream().mapToLong(at -> at - publishAnswered).sorted().toArray();
        System.out.printf(Locale.ROOT, "campaign published halfway: %d of %d agents' long polls woke; after the publication"
                        + " answered: p50 %.0f ms, p99 %.0f ms, last %.0f ms (the publication itself took %.0f ms)%n",
                after.length, agents, percentile(after, 0.50) / 1e6, percentile(after, 0.99) / 1e6,
                after.length == 0 ? 0 : after[after.length - 1] / 1e6, (publishAnswered - publishAsked) / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
