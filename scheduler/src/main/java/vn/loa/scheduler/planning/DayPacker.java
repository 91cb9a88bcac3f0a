package vn.loa.scheduler.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One station-day's window time: the free segments left around urgent notices, airings packed into
 * them back to back (preferring a segment that does not already hold the same program, and a
 * campaign's preferred times), and the day's items in time order at the end.
 */
final class DayPacker {

    /** A free stretch of a window, in seconds of the local day. */
    private static final class Segment {
        final int start;
        final int end;
        int used;
        final Set<Long> programs = new HashSet<>();
        final List<AiringRequest> placed = new ArrayList<>();

        Segment(int start, int end) {
            this.start = start;
            this.end = end;
        }

        int free() {
            return end - start - used;
        }
    }

    private final List<Segment> segments = new ArrayList<>();
    private final List<NoticePlacer.Fixed> fixed;

    /** @param windows the day's windows as {start, end} seconds of the day, in order */
    DayPacker(List<int[]> windows, List<NoticePlacer.Fixed> fixed) {
        this.fixed = fixed;
        for (int[] w : windows) {
            int cursor = w[0];
            for (NoticePlacer.Fixed f : fixed) {
                if (f.end() <= cursor || f.start() >= w[1]) {
                    continue;
                }
                if (f.start() > cursor) {
                    segments.add(new Segment(cursor, f.start()));
                }
                cursor = Math.max(cursor, f.end());
            }
            if (cursor < w[1]) {
                segments.add(new Segment(cursor, w[1]));
            }
        }
    }

    /** Places the airing if some segment has room; false when none has. */
    boolean place(AiringRequest request) {
        Segment segment = choose(request);
        if (segment == null) {
            return false;
        }
        segment.used += StationPlanner.seconds(request.program());
        segment.programs.add(request.program().id());
        segment.placed.add(request);
        return true;
    }

    private Segment choose(AiringRequest request) {
        int seconds = StationPlanner.seconds(request.program());
        List<Segment> order = preferredFirst(request.campaign());
        for (Segment s : order) {
            if (s.free() >= seconds && !s.programs.contains(request.program().id())) {
                return s;
            }
        }
        for (Segment s : order) {
            if (s.free() >= seconds) {
                return s;
            }
        }
        return null;
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
        for (NoticePlacer.Fixed f : fixed) {
            timed.add(new Timed(f.start(), f.program(), null, f.noticeId(), "thông báo khẩn #" + f.noticeId()
                    + " (lần " + f.occurrence() + ")"));
        }
        for (Segment s : segments) {
            int cursor = s.start;
            for (AiringRequest r : s.placed) {
                timed.add(new Timed(cursor, r.program(), r.campaign().id(), null,
                        r.makeUp() ? "phát bù, " + reason(r.campaign()) : reason(r.campaign())));
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
        return "kế hoạch #" + c.id() + " (" + c.priority().vietnamese() + ", " + target + ")";
    }
}
