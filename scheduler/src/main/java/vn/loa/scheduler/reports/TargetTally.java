package vn.loa.scheduler.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.loa.scheduler.planning.FrequencyTarget;

/**
 * Airings wanted against airings counted at one station, as the campaign's target kind counts them: each
 * program {@code n} times a day, each program {@code n} times an ISO week, or {@code n} airings of any of
 * its programs a day. More than {@code n} never makes up for a short day (or week) elsewhere.
 */
abstract class TargetTally {

    protected final int n;
    protected int targeted;
    protected int achieved;

    TargetTally(int n) {
        this.n = n;
    }

    static TargetTally of(FrequencyTarget target) {
        return switch (target.kind()) {
            case PER_PROGRAM_PER_DAY -> new PerProgramPerDay(target.count());
            case PER_PROGRAM_PER_WEEK -> new PerProgramPerWeek(target.count());
            case ANY_PER_DAY -> new AnyPerDay(target.count());
        };
    }

    /** A program that could air at the station that day, and how often it did. */
    abstract void airable(LocalDate day, long programId, int played);

    /** The day is over: how many airings of the campaign's programs it held, and how many programs could air. */
    void dayDone(int anyPlayed, int airablePrograms) {
    }

    /** The period is over. */
    void periodDone() {
    }

    int targeted() {
        return targeted;
    }

    int achieved() {
        return achieved;
    }

    private static final class PerProgramPerDay extends TargetTally {

        PerProgramPerDay(int n) {
            super(n);
        }

        @Override
        void airable(LocalDate day, long programId, int played) {
            targeted += n;
            achieved += Math.min(played, n);
        }
    }

    private static final class PerProgramPerWeek extends TargetTally {

        private final Map<LocalDate, Map<Long, Integer>> playedByWeek = new HashMap<>();
        private final Map<LocalDate, Set<Long>> airableByWeek = new HashMap<>();

        PerProgramPerWeek(int n) {
            super(n);
        }

        @Override
        void airable(LocalDate day, long programId, int played) {
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            playedByWeek.computeIfAbsent(monday, k -> new HashMap<>()).merge(programId, played, Integer::sum);
            airableByWeek.computeIfAbsent(monday, k -> new HashSet<>()).add(programId);
        }

        @Override
        void periodDone() {
            airableByWeek.forEach((monday, programs) -> programs.forEach(program -> {
                targeted += n;
                achieved += Math.min(playedByWeek.get(monday).getOrDefault(program, 0), n);
            }));
        }
    }

    private static final class AnyPerDay extends TargetTally {

        AnyPerDay(int n) {
            super(n);
        }

        @Override
        void airable(LocalDate day, long programId, int played) {
            // counted once the day is over
        }

        @Override
        void dayDone(int anyPlayed, int airablePrograms) {
            if (airablePrograms > 0) {
                targeted += n;
                achieved += Math.min(anyPlayed, n);
            }
        }
    }
}
