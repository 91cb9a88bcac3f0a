package vn.loa.scheduler.planning;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each occurrence of an urgent notice airs at one station: at its time when it overrides the
 * windows, otherwise at that time if it falls inside a window, else at the start of the next window
 * in the horizon. Occurrences before the horizon or with nowhere to go are left out, and so is an
 * occurrence in the frozen past that was published already (it stays as it was) or never in time.
 */
final class NoticePlacer {

    /** A fixed item, in seconds of its local day. */
    record Fixed(int start, int end, PlanningInput.Program program, long noticeId, int occurrence) {
    }

    private final Map<LocalDate, List<Fixed>> byDay = new HashMap<>();

    NoticePlacer(PlanningInput.Station station, List<PlanningInput.Notice> notices,
                 Map<Long, PlanningInput.Program> programs, LocalDate firstDay, int days, FrozenPast frozen) {
        StationWindows windows = new StationWindows(station);
        for (PlanningInput.Notice n : notices) {
            PlanningInput.Program program = programs.get(n.programId());
            if (program == null) {
                continue;
            }
            Instant base = n.airAt() != null ? n.airAt() : n.issuedAt();
            for (int k = 0; k < Math.max(1, n.repeat()); k++) {
                Instant at = base.plus(Duration.ofMinutes((long) k * n.intervalMinutes()));
                ZonedDateTime local = at.atZone(station.zone());
                LocalDate day = local.toLocalDate();
                int second = local.toLocalTime().toSecondOfDay();
                if (!n.overrideWindows()) {
                    Optional<Moment> slot = windows.nextStart(day, second, firstDay.plusDays(days - 1L));
                    if (slot.isEmpty()) {
                        continue;
                    }
                    day = slot.get().day();
                    second = slot.get().second();
                }
                if (day.isBefore(firstDay) || day.isAfter(firstDay.plusDays(days - 1L))
                        || !frozen.placesNotice(n.id(), ZonedDateTime.of(day, LocalTime.MIDNIGHT, station.zone())
                                .plusSeconds(second).toInstant())) {
                    continue;
                }
                byDay.computeIfAbsent(day, d -> new ArrayList<>())
                        .add(new Fixed(second, second + StationPlanner.seconds(program), program, n.id(), k + 1));
            }
        }
        byDay.forEach((day, list) -> {
            list.sort(Comparator.comparingInt(Fixed::start));
            // two notices meant for the same moment air one after the other, after any already published
            List<Span> taken = new ArrayList<>();
            frozen.stretches(day).stream().filter(FrozenPast.Stretch::notice).forEach(f -> taken.add(new Span(f.start(), f.end())));
            for (int i = 0; i < list.size(); i++) {
                Fixed cur = list.get(i);
                int length = cur.end() - cur.start();
                int start = cur.start();
                boolean moved = true;
                while (moved) {
                    moved = false;
                    for (Span t : taken) {
                        if (t.overlaps(start, length)) {
                            start = t.end();
                            moved = true;
                        }
                    }
                }
                taken.add(new Span(start, start + length));
                list.set(i, new Fixed(start, start + length, cur.program(), cur.noticeId(), cur.occurrence()));
            }
        });
    }

    List<Fixed> on(LocalDate day) {
        return byDay.getOrDefault(day, List.of());
    }

    /** A second of a day. */
    private record Moment(LocalDate day, int second) {
    }

    /** The station's windows, to find the next moment a notice may air. */
    private static final class StationWindows {
        private final PlanningInput.Station station;

        StationWindows(PlanningInput.Station station) {
            this.station = station;
        }

        /** The first window moment at or after {@code second} on {@code day}, up to {@code last}. */
        Optional<Moment> nextStart(LocalDate day, int second, LocalDate last) {
            for (LocalDate d = day; !d.isAfter(last); d = d.plusDays(1)) {
                int from = d.equals(day) ? second : 0;
                int best = Integer.MAX_VALUE;
                for (var w : station.windows()) {
                    if (w.day() != d.getDayOfWeek()) {
                        continue;
                    }
                    int start = w.startMinute() * 60;
                    int end = w.endMinute() * 60;
                    if (end > from) {
                        best = Math.min(best, Math.max(start, from));
                    }
                }
                if (best != Integer.MAX_VALUE) {
                    return Optional.of(new Moment(d, best));
                }
            }
            return Optional.empty();
        }
    }
}
