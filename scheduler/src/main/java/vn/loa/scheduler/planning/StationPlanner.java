package vn.loa.scheduler.planning;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loa.scheduler.domain.BroadcastWindow;

/** Plans the days of one station in order; keeps the rotation and weekly counts that carry between days. */
final class StationPlanner {

    /** An airing the day's campaigns ask for; a make-up repays one that was missed before. */
    private record Request(PlanningInput.Campaign campaign, PlanningInput.Program program, boolean makeUp) {
        Request(PlanningInput.Campaign campaign, PlanningInput.Program program) {
            this(campaign, program, false);
        }
    }

    /** A free stretch of a window, in seconds of the local day. */
    private static final class Segment {
        final int start;
        final int end;
        int used;
        final Set<Long> programs = new HashSet<>();
        final List<Request> placed = new ArrayList<>();

        Segment(int start, int end) {
            this.start = start;
            this.end = end;
        }

        int free() {
            return end - start - used;
        }
    }

    private final PlanningInput.Station station;
    private final Map<Long, PlanningInput.Program> programs;
    private final List<PlanningInput.Campaign> campaigns;
    private final NoticePlacer notices;
    private final LocalDate lastDay;
    private final Map<Long, Integer> rotation = new HashMap<>();
    private final Map<Long, Map<Long, Integer>> weekCounts = new HashMap<>();
    /** campaign -> program -> airings still owed. */
    private final Map<Long, Map<Long, Integer>> owed = new HashMap<>();
    private int week = -1;

    StationPlanner(PlanningInput.Station station, Map<Long, PlanningInput.Program> programs,
                   List<PlanningInput.Campaign> campaigns, List<PlanningInput.Notice> notices,
                   List<PlanningInput.MakeUp> makeUps, LocalDate firstDay, int days) {
        this.station = station;
        makeUps.forEach(m -> owed.computeIfAbsent(m.campaignId(), k -> new HashMap<>())
                .merge(m.programId(), m.airings(), Integer::sum));
        this.programs = programs;
        this.campaigns = campaigns;
        this.lastDay = firstDay.plusDays(days - 1L);
        this.notices = new NoticePlacer(station, notices, programs, firstDay, days);
    }

    List<PlannedItem> planDay(LocalDate day, List<Shortfall> feasibility) {
        int isoWeek = day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + 100 * day.get(IsoFields.WEEK_BASED_YEAR);
        if (isoWeek != week) {
            week = isoWeek;
            weekCounts.clear();
        }
        List<int[]> windows = windowsOf(day.getDayOfWeek());
        List<NoticePlacer.Fixed> fixed = notices.on(day);
        List<Segment> segments = freeSegments(windows, fixed);
        int availableSeconds = windows.stream().mapToInt(w -> w[1] - w[0]).sum();

        Map<Long, List<Request>> demand = new HashMap<>();
        List<Request> queue = queue(day, demand);
        Map<Long, Integer> placedByCampaign = new HashMap<>();
        Map<Long, Long> placedMillisByCampaign = new HashMap<>();
        // A campaign's program that found no room blocks its more-aired siblings for the rest of the day,
        // so a short program never overtakes a long one that is behind: the week's spread stays within one.
        Map<Long, Integer> blocked = new HashMap<>();
        for (Request request : queue) {
            long campaignId = request.campaign().id();
            int aired = weekCounts.getOrDefault(campaignId, Map.of()).getOrDefault(request.program().id(), 0);
            if (blocked.containsKey(campaignId) && aired > blocked.get(campaignId)) {
                continue;
            }
            Segment segment = choose(segments, request);
            if (segment == null) {
                blocked.merge(campaignId, aired, Math::min);
            } else {
                int seconds = seconds(request.program());
                segment.used += seconds;
                segment.programs.add(request.program().id());
                segment.placed.add(request);
                if (request.makeUp()) {
                    owed.get(campaignId).merge(request.program().id(), -1, Integer::sum);
                }
                placedByCampaign.merge(request.campaign().id(), 1, Integer::sum);
                placedMillisByCampaign.merge(request.campaign().id(), request.program().durationMillis(), Long::sum);
                weekCounts.computeIfAbsent(request.campaign().id(), k -> new HashMap<>())
                        .merge(request.program().id(), 1, Integer::sum);
            }
        }
        for (PlanningInput.Campaign c : campaigns) {
            List<Request> asked = demand.get(c.id());
            if (asked == null) {
                continue;
            }
            int placed = placedByCampaign.getOrDefault(c.id(), 0);
            rotation.merge(c.id(), placed, Integer::sum);
            double neededMinutes = asked.stream().mapToLong(r -> r.program().durationMillis()).sum() / 60_000.0;
            feasibility.add(new Shortfall(c.id(), station.id(), day, asked.size(), placed, neededMinutes,
                    placedMillisByCampaign.getOrDefault(c.id(), 0L) / 60_000.0, availableSeconds / 60.0));
        }
        return items(day, segments, fixed);
    }

    /** The day's airings in the order they should get window time: by priority, then fairly round-robin. */
    private List<Request> queue(LocalDate day, Map<Long, List<Request>> demand) {
        List<Request> queue = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            List<List<Request>> perCampaign = new ArrayList<>();
            for (PlanningInput.Campaign c : campaigns) {
                if (c.priority() != priority || day.isBefore(c.from()) || day.isAfter(c.to())) {
                    continue;
                }
                List<Request> asked = demandOf(c, day);
                demand.put(c.id(), asked);
                perCampaign.add(asked);
            }
            for (int round = 0; ; round++) {
                boolean any = false;
                for (List<Request> asked : perCampaign) {
                    if (round < asked.size()) {
                        queue.add(asked.get(round));
                        any = true;
                    }
                }
                if (!any) {
                    break;
                }
            }
        }
        return queue;
    }

    private List<Request> demandOf(PlanningInput.Campaign c, LocalDate day) {
        List<PlanningInput.Program> eligible = new ArrayList<>();
        for (long id : c.programIds()) {
            PlanningInput.Program p = programs.get(id);
            if (p != null && airs(p, day)) {
                eligible.add(p);
            }
        }
        eligible.sort(Comparator.comparingLong(PlanningInput.Program::id));
        List<Request> asked = new ArrayList<>();
        if (eligible.isEmpty()) {
            return asked;
        }
        Map<Long, Integer> debts = owed.getOrDefault(c.id(), Map.of());
        for (PlanningInput.Program p : eligible) {
            if (debts.getOrDefault(p.id(), 0) > 0) {
                asked.add(new Request(c, p, true));
            }
        }
        int n = eligible.size();
        int start = Math.floorMod(rotation.getOrDefault(c.id(), 0) + (int) (station.id() % n), n);
        List<PlanningInput.Program> rotated = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rotated.add(eligible.get((start + i) % n));
        }
        // least aired this week first; the rotation breaks ties, so the order still changes day to day
        Map<Long, Integer> aired = weekCounts.getOrDefault(c.id(), Map.of());
        rotated.sort(Comparator.comparingInt((PlanningInput.Program p) -> aired.getOrDefault(p.id(), 0)));
        switch (c.target().kind()) {
            case PER_PROGRAM_PER_DAY -> {
                for (int round = 0; round < c.target().count(); round++) {
                    rotated.forEach(p -> asked.add(new Request(c, p)));
                }
            }
            case ANY_PER_DAY -> {
                for (int i = 0; i < c.target().count(); i++) {
                    asked.add(new Request(c, rotated.get(i % n)));
                }
            }
            case PER_PROGRAM_PER_WEEK -> asked.addAll(weeklyShare(c, day, rotated));
        }
        return asked;
    }

    /** Today's share of what the week still needs, most-needed programs first, spread over the week's remaining air days. */
    private List<Request> weeklyShare(PlanningInput.Campaign c, LocalDate day, List<PlanningInput.Program> rotated) {
        Map<Long, Integer> done = weekCounts.getOrDefault(c.id(), Map.of());
        int remainingDays = 0;
        for (LocalDate d = day; !d.isAfter(lastDay) && d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR); d = d.plusDays(1)) {
            if (!windowsOf(d.getDayOfWeek()).isEmpty() && !d.isAfter(c.to())) {
                remainingDays++;
            }
        }
        int totalRemaining = 0;
        for (PlanningInput.Program p : rotated) {
            totalRemaining += Math.max(0, c.target().count() - done.getOrDefault(p.id(), 0));
        }
        int today = remainingDays == 0 ? 0 : (totalRemaining + remainingDays - 1) / remainingDays;
        List<PlanningInput.Program> order = new ArrayList<>(rotated);
        order.sort(Comparator.comparingInt((PlanningInput.Program p) -> done.getOrDefault(p.id(), 0)));
        List<Request> asked = new ArrayList<>();
        for (PlanningInput.Program p : order) {
            if (asked.size() >= today) {
                break;
            }
            if (done.getOrDefault(p.id(), 0) < c.target().count()) {
                asked.add(new Request(c, p));
            }
        }
        return asked;
    }

    private boolean airs(PlanningInput.Program p, LocalDate day) {
        return (station.languages().isEmpty() || station.languages().contains(p.language()))
                && (p.validFrom() == null || !day.isBefore(p.validFrom()))
                && (p.validTo() == null || !day.isAfter(p.validTo()));
    }

    private Segment choose(List<Segment> segments, Request request) {
        int seconds = seconds(request.program());
        List<Segment> order = preferredFirst(segments, request.campaign());
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

    private static List<Segment> preferredFirst(List<Segment> segments, PlanningInput.Campaign c) {
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

    /** The weekday's windows in seconds of the day, clipped to the quiet hours unless the station has a waiver. */
    List<int[]> windowsOf(DayOfWeek day) {
        List<int[]> result = new ArrayList<>();
        for (BroadcastWindow w : station.windows()) {
            if (w.day() != day) {
                continue;
            }
            int start = w.startMinute();
            int end = w.endMinute();
            if (!station.quietWaived()) {
                start = Math.max(start, station.quietHours().notBeforeMinute());
                end = Math.min(end, station.quietHours().notAfterMinute());
            }
            if (end > start) {
                result.add(new int[] {start * 60, end * 60});
            }
        }
        result.sort(Comparator.comparingInt(a -> a[0]));
        return result;
    }

    private static List<Segment> freeSegments(List<int[]> windows, List<NoticePlacer.Fixed> fixed) {
        List<Segment> segments = new ArrayList<>();
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
        return segments;
    }

    private List<PlannedItem> items(LocalDate day, List<Segment> segments, List<NoticePlacer.Fixed> fixed) {
        record Timed(int start, PlanningInput.Program program, Long campaignId, Long noticeId, String reason) {
        }
        List<Timed> timed = new ArrayList<>();
        for (NoticePlacer.Fixed f : fixed) {
            timed.add(new Timed(f.start(), f.program(), null, f.noticeId(), "thông báo khẩn #" + f.noticeId()
                    + " (lần " + f.occurrence() + ")"));
        }
        for (Segment s : segments) {
            int cursor = s.start;
            for (Request r : s.placed) {
                timed.add(new Timed(cursor, r.program(), r.campaign().id(), null,
                        r.makeUp() ? "phát bù, " + reason(r.campaign()) : reason(r.campaign())));
                cursor += seconds(r.program());
            }
        }
        timed.sort(Comparator.comparingInt(Timed::start).thenComparing(t -> t.noticeId() == null ? 1 : 0));
        List<PlannedItem> items = new ArrayList<>(timed.size());
        for (int i = 0; i < timed.size(); i++) {
            Timed t = timed.get(i);
            items.add(new PlannedItem(station.id(), day, i, instant(day, t.start()), t.program().durationMillis(),
                    t.program().id(), t.program().sha256(), t.campaignId(), t.noticeId(), t.reason()));
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

    private Instant instant(LocalDate day, int secondOfDay) {
        return ZonedDateTime.of(day, LocalTime.MIDNIGHT, station.zone()).plusSeconds(secondOfDay).toInstant();
    }

    /** Whole seconds a program needs, rounded up so consecutive items never overlap. */
    static int seconds(PlanningInput.Program p) {
        return (int) ((p.durationMillis() + 999) / 1000);
    }
}
