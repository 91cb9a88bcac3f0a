package vn.loa.scheduler.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Warm-up before a measured round. A server's code path (HTTP, JSON, the contract's checks, the store) takes several
 * rounds to compile where a bare JDBC loop takes one; with a single warm-up round the JIT compiler still took one core
 * of two through Loa's measured round (4 s of compiling in a 4-s round), so the ratio measured the compiler. Both
 * sides get the same warm-up; the compiling left in each measured round is printed beside it.
 */
final class SteadyState {

    /** Rounds of warm-up, each side: after eight, Loa's path still compiles for a fifth to a third of a round. */
    static final int WARM_ROUNDS = 8;

    /** One round of the load; {@code index} counts from 0, warm-up rounds first. */
    @FunctionalInterface
    interface Round {
        void run(int index) throws Exception;
    }

    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    private SteadyState() {
    }

    /** Runs the warm-up rounds, 0 to {@link #WARM_ROUNDS} - 1; the measured round is the next. */
    static void warm(Round round) throws Exception {
        for (int i = 0; i < WARM_ROUNDS; i++) {
            round.run(i);
        }
    }

    /** The compiler's milliseconds so far (all its threads), to print beside a measured round. */
    static long compiledMillis() {
        return JIT.getTotalCompilationTime();
    }
}
