package vn.loa.scheduler.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One station-day's window time: the free segments left around fixed items (urgent notices, recurring
 * slots, hand edits), airings packed into them back to back (preferring a segment that does not already
 * hold the same program, and a campaign's preferred times; never closer to another airing of the same
 * program than the station's separation), and the day's items in time order at the end.
 */
final class DayPacker {

    /** Reasons of make-up airings start with this, so a frozen make-up is known as one. */
    static final String MAKE_UP = "phát bù";

    /** A free stretch of a window, in seconds of the local day. */
    private static final class Segment {
        final int start;
        final int end;
        final int window;
        int used;
        final Set<Long> programs = new HashSet<>();
        final List<AiringRequest> placed = new ArrayList<>();

        Segment(int start, int end, int window) {
            this.start = start;
            this.end = end;
            this.window = window;
        }

        int free() {
            return end - start - used;
        }
    }

    private final List<Segment> segments = new ArrayList<>();
    private final List<FixedItem> fixed;
    private final int separation;
    /** program -> seconds of the day at which it starts, for the separation rule. */
    private final Map<Long, List<Integer>> starts = new HashMap<>();

    /**
     * @param windows     the day's windows, in order
     * @param frozen      the day's frozen items: their time is taken, and their programs count as
     *                    already in their window when choosing where a program goes
     * @param packFrom    second of the day before which nothing is packed (the frozen past)
     * @param separation  least seconds between the starts of two airings of one program (0: none)
     * @param relays      the day's relays: their time is taken, and nothing else is packed into it
     */
    DayPacker(List<Span> windows, List<FixedItem> fixed, List<FrozenPast.Stretch> frozen, int packFrom, int separation,
              List<Span> relays) {
        this.fixed = fixed;
        this.separation = separation;
        List<Span> taken = new ArrayList<>(relays);
        fixed.forEach(f -> taken.add(new Span(f.start(), f.end())));
        frozen.forEach(f -> taken.add(new Span(f.start(), f.end())));
        fixed.forEach(f -> starts.computeIfAbsent(f.program().id(), k -> new ArrayList<>()).add(f.start()));
        frozen.forEach(f -> starts.computeIfAbsent(f.programId(), k -> new ArrayList<>()).add(f.start()));
        if (packFrom > 0) {
            taken.add(new Span(0, packFrom));
        }
        taken.sort(Comparator.comparingInt(Span::start));
        for (int w = 0; w < windows.size(); w++) {
            Span window = windows.get(w);
            int cursor = window.start();
            for (Span t : taken) {
                if (t.end() <= cursor || t.start() >= window.end()) {
                    continue;
                }
                if (t.start() > cursor) {
                    segments.add(new Segment(cursor, t.start(), w));
                }
                cursor = Math.max(cursor, t.end());
            }
            if (cursor < window.end()) {
                segments.add(new Segment(cursor, window.end(), w));
            }
            for (FrozenPast.Stretch f : frozen) {
                if (f.start() >= window.start() && f.start() < window.end()) {
                    for (Segment s : segments) {
                        if (s.window == w) {
                            s.programs.add(f.programId());
                        }
                    }
                }
            }
        }
    }

    /** Places the airing if some segment has room; false when none has. */
    boolean place(AiringRequest request) {
        Segment segment = choose(request);
        if (segment == null) {
            return false;
        }
        starts.computeIfAbsent(request.program().id(), k -> new ArrayList<>()).add(segment.start + segment.used);
        segment.used += StationPlanner.seconds(request.program());
        segment.programs.add(request.program().id());
        segment.placed.add(request);
        return true;
    }

    private Segment choose(AiringRequest request) {
        int seconds = StationPlanner.seconds(request.program());
        List<Segment> order = preferredFirst(request.campaign());
        for (Segment s : order) {
            if (s.free() >= seconds && !s.programs.contains(request.program().id()) && separated(request, s)) {
                return s;
            }
        }
        for (Segment s : order) {
            if (s.free() >= seconds && separated(request, s)) {
                return s;
            }
        }
        return null;
    }

    /** Whether the program, packed next into the segment, starts far enough from its other airings of the day. */
    private boolean separated(AiringRequest request, Segment s) {
        if (separation <= 0) {
            return true;
        }
        int at = s.start + s.used;
        return starts.getOrDefault(request.program().id(), List.of()).stream().allMatch(x -> Math.abs(x - at) >= separation);
    }

    private List<Segment> preferredFirst(PlanningInput.Campaign c) {
        if (c.preferred().isEmpty()) {
            return segments;
        }
        List<Segment> preferred = new ArrayList<>();
        List<Segment> others = new ArrayList<>();
        for (Segment s : segments) {
            boolean inside = c.preferred().stream().anyMatch(w -> s.start < w.endMinute() * 60 && w.startMinute() * 60 < s.end);
            (inside ? preferred : others).add(s);
        }
        preferred.addAll(others);
        return preferred;
    }

    /** The day's items: notices and packed airings, in time order, numbered from 0. */
    List<PlannedItem> items(PlanningInput.Station station, LocalDate day) {
        record Timed(int start, PlanningInput.Program program, Long campaignId, Long noticeId, String reason) {
        }
        List<Timed> timed = new ArrayList<>();
        for (FixedItem f : fixed) {
            timed.add(new Timed(f.start(), f.program(), f.campaignId(), f.noticeId(), f.reason()));
        }
        for (Segment s : segments) {
            int cursor = s.start;
            for (AiringRequest r : s.placed) {
                timed.add(new Timed(cursor, r.program(), r.campaign().id(), null,
                        r.makeUp() ? MAKE_UP + ", " + reason(r.campaign()) : reason(r.campaign())));
                cursor += StationPlanner.seconds(r.program());
            }
        }
        timed.sort(Comparator.comparingInt(Timed::start).thenComparing(t -> t.noticeId() == null ? 1 : 0));
        List<PlannedItem> items = new ArrayList<>(timed.size());
        for (int i = 0; i < timed.size(); i++) {
            Timed t = timed.get(i);
            Instant start = ZonedDateTime.of(day, LocalTime.MIDNIGHT, station.zone()).plusSeconds(t.start()).toInstant();
            items.add(new PlannedItem(station.id(), day, i, start, t.program().durationMillis(), t.program().id(),
                    t.program().sha256(), t.campaignId(), t.noticeId(), t.reason()));
        }
        return items;
    }

    private static String reason(PlanningInput.Campaign c) {
        String target = switch (c.target().kind()) {
            case PER_PROGRAM_PER_DAY -> c.target().count() + " lần/chương trình/ngày";
            case PER_PROGRAM_PER_WEEK -> c.target().count() + " lần/chương trình/tuần";
            case ANY_PER_DAY -> "ít nhất " + c.target().count() + " chương trình/ngày";
        };
        return "chiến dịch #" + c.id() + " (" + c.priority().vietnamese() + ", " + target + ")";
    }
}
