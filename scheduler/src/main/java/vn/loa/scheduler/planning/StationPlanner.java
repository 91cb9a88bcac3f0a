package vn.loa.scheduler.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loa.scheduler.domain.BroadcastWindow;

/** Plans the days of one station in order; keeps the rotation and weekly counts that carry between days. */
final class StationPlanner {

    private final PlanningInput.Station station;
    private final Map<Long, PlanningInput.Program> programs;
    private final List<PlanningInput.Campaign> campaigns;
    private final NoticePlacer notices;
    private final LocalDate lastDay;
    private final Map<Long, Integer> rotation = new HashMap<>();
    private final Map<Long, Map<Long, Integer>> weekCounts = new HashMap<>();
    /** campaign -> program -> airings still owed. */
    private final Map<Long, Map<Long, Integer>> owed = new HashMap<>();
    private final FrozenPast frozen;
    private final HandPlan hand;
    private final LocalDate firstDay;
    private final List<PlanningInput.Relay> relays;
    private int week = -1;

    StationPlanner(PlanningInput.Station station, Map<Long, PlanningInput.Program> programs,
                   List<PlanningInput.Campaign> campaigns, List<PlanningInput.Notice> notices,
                   List<PlanningInput.MakeUp> makeUps, LocalDate firstDay, int days, FrozenPast frozen, HandPlan hand,
                   List<PlanningInput.Relay> relays) {
        this.station = station;
        this.relays = relays;
        this.frozen = frozen;
        this.hand = hand;
        this.firstDay = firstDay;
        makeUps.forEach(m -> owed.computeIfAbsent(m.campaignId(), k -> new HashMap<>())
                .merge(m.programId(), m.airings(), Integer::sum));
        this.programs = programs;
        this.campaigns = campaigns;
        this.lastDay = firstDay.plusDays(days - 1L);
        this.notices = new NoticePlacer(station, notices, programs, firstDay, days, frozen);
    }

    private static int isoWeek(LocalDate day) {
        return day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + 100 * day.get(IsoFields.WEEK_BASED_YEAR);
    }

    List<PlannedItem> planDay(LocalDate day, List<Shortfall> feasibility) {
        int isoWeek = isoWeek(day);
        if (isoWeek != week) {
            week = isoWeek;
            weekCounts.clear();
            if (isoWeek == isoWeek(firstDay)) {
                // what aired (or was published) earlier this week counts towards the week
                frozen.before(firstDay).forEach(i -> weekCounts.computeIfAbsent(i.campaignId(), k -> new HashMap<>())
                        .merge(i.programId(), 1, Integer::sum));
            }
        }
        List<Span> windows = windowsOf(day.getDayOfWeek());
        // a relay outranks programs: they are packed in what the relays leave of the windows
        List<Span> relayed = hand.dayOff(day).filter(Directions.DayOff::pause).isPresent() ? List.of() : relaySpans(day);
        List<PlannedItem> frozenToday = frozen.on(day);
        Optional<Directions.DayOff> off = hand.dayOff(day);
        if (off.isPresent() && off.get().pause()) {
            // a station under repair airs nothing new and owes nothing; what was published stays as it was
            notAsked(day, "Tạm dừng: " + off.get().reason(), feasibility);
            return frozenToday;
        }
        List<FixedItem> fixed = new ArrayList<>();
        notices.on(day).forEach(n -> fixed.add(new FixedItem(n.start(), n.end(), n.program(), null, n.noticeId(),
                "thông báo khẩn #" + n.noticeId() + " (lần " + n.occurrence() + ")")));
        int packFrom = frozen.packFromSecond(day);
        if (off.isPresent()) {
            // a holiday or a day of mourning: urgent notices only
            notAsked(day, "Ngày nghỉ: " + off.get().reason(), feasibility);
            return merge(frozenToday, new DayPacker(windows, fixed, frozen.stretches(day), packFrom, 0, relayed).items(station, day));
        }
        List<Span> taken = new ArrayList<>();
        fixed.forEach(f -> taken.add(new Span(f.start(), f.end())));
        frozen.stretches(day).forEach(f -> taken.add(new Span(f.start(), f.end())));
        taken.addAll(relayed);
        List<FixedItem> byHand = hand.fixedOn(day, programs, taken, packFrom);
        fixed.addAll(byHand);
        DayPacker packer = new DayPacker(windows, fixed, frozen.stretches(day), packFrom, hand.separationSeconds(), relayed);
        int availableSeconds = windows.stream().mapToInt(Span::length).sum();
        int relaySeconds = availableSeconds - Span.minus(windows, relayed).stream().mapToInt(Span::length).sum();

        Map<Long, List<AiringRequest>> demand = new HashMap<>();
        List<AiringRequest> queue = queue(day, demand);
        Map<Long, Integer> placedByCampaign = new HashMap<>();
        Map<Long, Long> placedMillisByCampaign = new HashMap<>();
        List<Answer> answers = new ArrayList<>();
        frozenToday.forEach(f -> answers.add(new Answer(f.campaignId(), f.programId(), f.durationMillis(),
                f.reason().startsWith(DayPacker.MAKE_UP), true)));
        // hand-placed airings of a campaign answer its requests as frozen ones do; a removal answers one unaired
        byHand.forEach(f -> answers.add(new Answer(f.campaignId(), f.program().id(), f.program().durationMillis(), false, true)));
        hand.removalsOn(day).forEach(e -> answers.add(new Answer(e.campaignId(), e.programId(), 0, false, false)));
        Map<Long, Integer> removed = new HashMap<>();
        boolean[] done = answer(answers, queue, placedByCampaign, placedMillisByCampaign, removed);
        // A campaign's program that found no room blocks its more-aired siblings for the rest of the day,
        // so a short program never overtakes a long one that is behind: the week's spread stays within one.
        Map<Long, Integer> blocked = new HashMap<>();
        for (int q = 0; q < queue.size(); q++) {
            if (done[q]) {
                continue;
            }
            AiringRequest request = queue.get(q);
            long campaignId = request.campaign().id();
            int aired = weekCounts.getOrDefault(campaignId, Map.of()).getOrDefault(request.program().id(), 0);
            if (blocked.containsKey(campaignId) && aired > blocked.get(campaignId)) {
                continue;
            }
            if (!packer.place(request)) {
                blocked.merge(campaignId, aired, Math::min);
            } else {
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
            List<AiringRequest> asked = demand.get(c.id());
            if (asked == null) {
                continue;
            }
            int placed = placedByCampaign.getOrDefault(c.id(), 0);
            rotation.merge(c.id(), placed, Integer::sum);
            if (windows.isEmpty() && placed == 0) {
                feasibility.add(Shortfall.notScheduled(c.id(), station.id(), day, "Không có khung giờ phát"));
                continue;
            }
            double neededMinutes = asked.stream().mapToLong(r -> r.program().durationMillis()).sum() / 60_000.0;
            feasibility.add(new Shortfall(c.id(), station.id(), day, asked.size() - removed.getOrDefault(c.id(), 0), placed,
                    neededMinutes, placedMillisByCampaign.getOrDefault(c.id(), 0L) / 60_000.0, availableSeconds / 60.0,
                    relaySeconds / 60.0, null));
        }
        return merge(frozenToday, packer.items(station, day));
    }

    /** The day's relays, in time order; none while the station is paused. */
    List<PlannedRelay> relaysOn(LocalDate day) {
        if (hand.dayOff(day).filter(Directions.DayOff::pause).isPresent()) {
            return List.of();
        }
        List<PlannedRelay> result = new ArrayList<>();
        for (PlanningInput.Relay r : relays) {
            if (r.runsOn(day)) {
                Span span = relaySpan(r);
                result.add(new PlannedRelay(station.id(), day, r.slotId(), r.sourceId(), r.sourceName(),
                        day.atStartOfDay(station.zone()).plusSeconds(span.start()).toInstant(), span.length() * 1000L));
            }
        }
        result.sort(Comparator.comparing(PlannedRelay::plannedStart));
        return result;
    }

    private List<Span> relaySpans(LocalDate day) {
        List<Span> spans = new ArrayList<>();
        relays.stream().filter(r -> r.runsOn(day)).forEach(r -> spans.add(relaySpan(r)));
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    /** A relay ends with its local day: a slot is refused where it would run past midnight. */
    private static Span relaySpan(PlanningInput.Relay r) {
        int start = r.startMinute() * 60;
        return new Span(start, Math.min(24 * 3600, start + r.durationMinutes() * 60));
    }

    /**
     * An airing decided before packing: published already (frozen), placed by hand, or removed by hand
     * ({@code aired} false).
     */
    private record Answer(Long campaignId, long programId, long durationMillis, boolean makeUp, boolean aired) {
    }

    /**
     * Counts the answers: each takes the first request of the queue it answers (same campaign and program,
     * a make-up for a make-up), so it is not asked for again; an aired one counts as placed and towards the
     * week, a removed one only lowers what the day asks. Returns which requests are answered.
     */
    private boolean[] answer(List<Answer> answers, List<AiringRequest> queue, Map<Long, Integer> placedByCampaign,
                             Map<Long, Long> placedMillisByCampaign, Map<Long, Integer> removed) {
        boolean[] done = new boolean[queue.size()];
        for (Answer a : answers) {
            if (a.campaignId() == null) {
                continue;
            }
            int match = -1;
            for (int q = 0; q < queue.size() && match < 0; q++) {
                AiringRequest r = queue.get(q);
                if (!done[q] && r.campaign().id() == a.campaignId() && r.program().id() == a.programId() && r.makeUp() == a.makeUp()) {
                    match = q;
                }
            }
            if (a.aired()) {
                weekCounts.computeIfAbsent(a.campaignId(), k -> new HashMap<>()).merge(a.programId(), 1, Integer::sum);
            }
            if (match < 0) {
                continue;
            }
            done[match] = true;
            if (a.makeUp()) {
                owed.get(a.campaignId()).merge(a.programId(), -1, Integer::sum);
            }
            if (a.aired()) {
                placedByCampaign.merge(a.campaignId(), 1, Integer::sum);
                placedMillisByCampaign.merge(a.campaignId(), a.durationMillis(), Long::sum);
            } else {
                removed.merge(a.campaignId(), 1, Integer::sum);
            }
        }
        return done;
    }

    /** Every campaign running on the day asks nothing of the station, and the report says why. */
    private void notAsked(LocalDate day, String why, List<Shortfall> feasibility) {
        for (PlanningInput.Campaign c : campaigns) {
            if (!day.isBefore(c.from()) && !day.isAfter(c.to())) {
                feasibility.add(Shortfall.notScheduled(c.id(), station.id(), day, why));
            }
        }
    }

    /** The frozen items as they were and the new ones, in time order, numbered from 0. */
    private static List<PlannedItem> merge(List<PlannedItem> frozenToday, List<PlannedItem> planned) {
        if (frozenToday.isEmpty()) {
            return planned;
        }
        List<PlannedItem> all = new ArrayList<>(frozenToday);
        all.addAll(planned);
        // stable: on a tie a frozen item keeps its place before a new one
        all.sort(Comparator.comparing(PlannedItem::plannedStart));
        List<PlannedItem> numbered = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            PlannedItem p = all.get(i);
            numbered.add(new PlannedItem(p.stationId(), p.day(), i, p.plannedStart(), p.durationMillis(), p.programId(),
                    p.sha256(), p.campaignId(), p.noticeId(), p.reason()));
        }
        return numbered;
    }

    /** The day's airings in the order they should get window time: by priority, then fairly round-robin. */
    private List<AiringRequest> queue(LocalDate day, Map<Long, List<AiringRequest>> demand) {
        List<AiringRequest> queue = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            List<List<AiringRequest>> perCampaign = new ArrayList<>();
            for (PlanningInput.Campaign c : campaigns) {
                if (c.priority() != priority || day.isBefore(c.from()) || day.isAfter(c.to())) {
                    continue;
                }
                List<AiringRequest> asked = demandOf(c, day);
                demand.put(c.id(), asked);
                perCampaign.add(asked);
            }
            for (int round = 0; ; round++) {
                boolean any = false;
                for (List<AiringRequest> asked : perCampaign) {
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

    private List<AiringRequest> demandOf(PlanningInput.Campaign c, LocalDate day) {
        List<PlanningInput.Program> eligible = new ArrayList<>();
        for (long id : c.programIds()) {
            PlanningInput.Program p = programs.get(id);
            if (p != null && airs(p, day)) {
                eligible.add(p);
            }
        }
        eligible.sort(Comparator.comparingLong(PlanningInput.Program::id));
        List<AiringRequest> asked = new ArrayList<>();
        if (eligible.isEmpty()) {
            return asked;
        }
        Map<Long, Integer> debts = owed.getOrDefault(c.id(), Map.of());
        for (PlanningInput.Program p : eligible) {
            if (debts.getOrDefault(p.id(), 0) > 0) {
                asked.add(new AiringRequest(c, p, true));
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
                    rotated.forEach(p -> asked.add(new AiringRequest(c, p)));
                }
            }
            case ANY_PER_DAY -> {
                for (int i = 0; i < c.target().count(); i++) {
                    asked.add(new AiringRequest(c, rotated.get(i % n)));
                }
            }
            case PER_PROGRAM_PER_WEEK -> asked.addAll(weeklyShare(c, day, rotated));
        }
        return asked;
    }

    /** Today's share of what the week still needs, most-needed programs first, spread over the week's remaining air days. */
    private List<AiringRequest> weeklyShare(PlanningInput.Campaign c, LocalDate day, List<PlanningInput.Program> rotated) {
        Map<Long, Integer> done = weekCounts.getOrDefault(c.id(), Map.of());
        int remainingDays = 0;
        for (LocalDate d = day; !d.isAfter(lastDay) && d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR); d = d.plusDays(1)) {
            if (!windowsOf(d.getDayOfWeek()).isEmpty() && !d.isAfter(c.to()) && hand.dayOff(d).isEmpty()) {
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
        List<AiringRequest> asked = new ArrayList<>();
        for (PlanningInput.Program p : order) {
            if (asked.size() >= today) {
                break;
            }
            if (done.getOrDefault(p.id(), 0) < c.target().count()) {
                asked.add(new AiringRequest(c, p));
            }
        }
        return asked;
    }

    private boolean airs(PlanningInput.Program p, LocalDate day) {
        return (station.languages().isEmpty() || station.languages().contains(p.language()))
                && (p.validFrom() == null || !day.isBefore(p.validFrom()))
                && (p.validTo() == null || !day.isAfter(p.validTo()));
    }

    /** The weekday's windows in seconds of the day, clipped to the quiet hours unless they air as written. */
    List<Span> windowsOf(DayOfWeek day) {
        List<Span> result = new ArrayList<>();
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
                result.add(new Span(start * 60, end * 60));
            }
        }
        result.sort(Comparator.comparingInt(Span::start));
        return result;
    }

    /** Whole seconds a program needs, rounded up so consecutive items never overlap. */
    static int seconds(PlanningInput.Program p) {
        return (int) ((p.durationMillis() + 999) / 1000);
    }
}
