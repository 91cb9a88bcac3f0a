package vn.loa.scheduler.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns stations, campaigns, programs and urgent notices into per-station daily schedules. Pure:
 * records in, plan out, no clock and no I/O, so the same input always gives the same plan.
 *
 * <p>Design notes. Stations are planned independently, so a change at one station (its windows, a
 * campaign that targets it) changes only its own schedule. Each day, urgent notices are fixed first;
 * then the airings campaigns ask for are queued by priority, and inside a priority round-robin across
 * campaigns and across each campaign's programs, so a shortage is shared fairly rather than falling on
 * whichever campaign or program comes last. The round-robin starts where the previous day stopped,
 * which both varies the order from day to day and keeps every program of a campaign within one airing
 * of the others over a week. Airings are packed into the day's free window segments, preferring a
 * segment that does not already hold the same program, back to back from the segment's start.
 *
 * <p>What has been published before {@code input.frozen().until()} is never changed: those items come
 * back in the plan exactly as they were, their time is not packed again, they count towards the day's
 * and the week's targets, and an urgent notice occurrence already published is not placed twice.
 */
public final class PlanningEngine {

    private PlanningEngine() {
    }

    public static Plan plan(PlanningInput input) {
        Map<Long, PlanningInput.Program> programs = new HashMap<>();
        input.programs().forEach(p -> programs.put(p.id(), p));
        Map<Long, List<PlanningInput.Campaign>> campaignsByStation = new HashMap<>();
        input.campaigns().stream().sorted(Comparator.comparingLong(PlanningInput.Campaign::id)).forEach(c ->
                c.stationIds().forEach(s -> campaignsByStation.computeIfAbsent(s, k -> new ArrayList<>()).add(c)));
        Map<Long, List<PlanningInput.Notice>> noticesByStation = new HashMap<>();
        input.notices().stream().sorted(Comparator.comparingLong(PlanningInput.Notice::id)).forEach(n ->
                n.stationIds().forEach(s -> noticesByStation.computeIfAbsent(s, k -> new ArrayList<>()).add(n)));

        Map<Long, List<PlannedItem>> frozenByStation = new HashMap<>();
        input.frozen().items().forEach(i -> frozenByStation.computeIfAbsent(i.stationId(), k -> new ArrayList<>()).add(i));
        Map<Long, List<PlanningInput.MakeUp>> makeUpsByStation = new HashMap<>();
        input.makeUps().forEach(m -> makeUpsByStation.computeIfAbsent(m.stationId(), k -> new ArrayList<>()).add(m));
        Map<Long, List<PlanningInput.Relay>> relaysByStation = new HashMap<>();
        input.relays().stream().sorted(Comparator.comparingLong(PlanningInput.Relay::slotId)).forEach(r ->
                r.stationIds().forEach(s -> relaysByStation.computeIfAbsent(s, k -> new ArrayList<>()).add(r)));
        Map<Long, Map<LocalDate, List<PlannedItem>>> items = new TreeMap<>();
        Map<Long, Map<LocalDate, List<PlannedRelay>>> relays = new TreeMap<>();
        List<Shortfall> feasibility = new ArrayList<>();
        input.stations().stream().sorted(Comparator.comparingLong(PlanningInput.Station::id)).forEach(station -> {
            StationPlanner planner = new StationPlanner(station, programs,
                    campaignsByStation.getOrDefault(station.id(), List.of()),
                    noticesByStation.getOrDefault(station.id(), List.of()),
                    makeUpsByStation.getOrDefault(station.id(), List.of()), input.firstDay(), input.days(),
                    new FrozenPast(input.frozen(), frozenByStation.getOrDefault(station.id(), List.of()), station.zone()),
                    new HandPlan(station.id(), input.directions()), relaysByStation.getOrDefault(station.id(), List.of()));
            Map<LocalDate, List<PlannedItem>> days = new LinkedHashMap<>();
            Map<LocalDate, List<PlannedRelay>> relayDays = new LinkedHashMap<>();
            for (int d = 0; d < input.days(); d++) {
                LocalDate day = input.firstDay().plusDays(d);
                days.put(day, planner.planDay(day, feasibility));
                List<PlannedRelay> relayed = planner.relaysOn(day);
                if (!relayed.isEmpty()) {
                    relayDays.put(day, relayed);
                }
            }
            items.put(station.id(), days);
            if (!relayDays.isEmpty()) {
                relays.put(station.id(), relayDays);
            }
        });
        return new Plan(items, feasibility, relays);
    }
}
