package vn.loa.scheduler.publishing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.loa.scheduler.planning.FrequencyTarget;
import vn.loa.scheduler.planning.Plan;
import vn.loa.scheduler.planning.PlanningEngine;
import vn.loa.scheduler.planning.PlanningInput;
import vn.loa.scheduler.planning.Shortfall;

/**
 * What a planner can do about a shortfall, each option worked out by the engine on the same input: the
 * highest frequency of each kind that fits every station-day (a lower count a day; each program so many
 * times a week, so the rotation spreads them over the days; so many of the campaign's programs a day), and
 * the stations that would need more window minutes to keep the frequency as asked.
 */
public final class Suggestions {

    /** A frequency that would fit, with what it achieves. */
    public record Frequency(FrequencyTarget target, int neededAirings, int plannedAirings, String message, String messageEn) {
    }

    /** A station whose windows lack this many minutes on its shortest day, to air the campaign as asked. */
    public record MoreMinutes(long stationId, int days, int minutesPerDay) {
    }

    /** Weekly counts tried, from almost daily down to once a week. */
    private static final int WEEK_DAYS = 7;
    /** The most programs tried for "so many a day": beyond that the rotation already is the answer. */
    private static final int MAX_ANY_PER_DAY = 30;

    private Suggestions() {
    }

    /** The fitting frequencies, most airings first; empty when nothing lower fits (more time is needed). */
    static List<Frequency> frequencies(PlanningInput input, PlanningInput.Campaign campaign) {
        PlanningInput only = onlyStationsOf(input, campaign.stationIds());
        FrequencyTarget asked = campaign.target();
        List<List<FrequencyTarget>> families = new ArrayList<>();
        List<FrequencyTarget> perDay = new ArrayList<>();
        List<FrequencyTarget> perWeek = new ArrayList<>();
        List<FrequencyTarget> anyPerDay = new ArrayList<>();
        int programs = campaign.programIds().size();
        switch (asked.kind()) {
            case PER_PROGRAM_PER_DAY -> {
                for (int k = asked.count() - 1; k >= 1; k--) {
                    perDay.add(new FrequencyTarget(FrequencyTarget.Kind.PER_PROGRAM_PER_DAY, k));
                }
                for (int k = WEEK_DAYS - 1; k >= 1; k--) {
                    perWeek.add(new FrequencyTarget(FrequencyTarget.Kind.PER_PROGRAM_PER_WEEK, k));
                }
                for (int k = Math.min(programs - 1, MAX_ANY_PER_DAY); k >= 1; k--) {
                    anyPerDay.add(new FrequencyTarget(FrequencyTarget.Kind.ANY_PER_DAY, k));
                }
            }
            case PER_PROGRAM_PER_WEEK -> {
                for (int k = asked.count() - 1; k >= 1; k--) {
                    perWeek.add(new FrequencyTarget(FrequencyTarget.Kind.PER_PROGRAM_PER_WEEK, k));
                }
            }
            case ANY_PER_DAY -> {
                for (int k = Math.min(asked.count() - 1, MAX_ANY_PER_DAY); k >= 1; k--) {
                    anyPerDay.add(new FrequencyTarget(FrequencyTarget.Kind.ANY_PER_DAY, k));
                }
            }
        }
        families.add(perDay);
        families.add(perWeek);
        families.add(anyPerDay);
        List<Frequency> fitting = new ArrayList<>();
        for (List<FrequencyTarget> family : families) {
            // the first that fits is the most of its kind that does: the lower ones would too
            for (FrequencyTarget target : family) {
                List<Shortfall> rows = rowsWith(only, campaign, target);
                if (rows.stream().allMatch(r -> r.missingAirings() <= 0)) {
                    int needed = rows.stream().mapToInt(Shortfall::neededAirings).sum();
                    int planned = rows.stream().mapToInt(Shortfall::plannedAirings).sum();
                    fitting.add(new Frequency(target, needed, planned, vietnamese(target, planned), english(target, planned)));
                    break;
                }
            }
        }
        fitting.sort(Comparator.comparingInt(Frequency::plannedAirings).reversed());
        return fitting;
    }

    /** The stations short of window time, most minutes lacking first. */
    static List<MoreMinutes> moreMinutes(List<Shortfall> rows) {
        Map<Long, Integer> minutes = new HashMap<>();
        Map<Long, Integer> days = new HashMap<>();
        for (Shortfall r : rows) {
            if (r.missingAirings() > 0) {
                int lacking = (int) Math.ceil(r.neededMinutes() - r.plannedMinutes());
                minutes.merge(r.stationId(), Math.max(1, lacking), Math::max);
                days.merge(r.stationId(), 1, Integer::sum);
            }
        }
        List<MoreMinutes> list = new ArrayList<>();
        minutes.forEach((station, m) -> list.add(new MoreMinutes(station, days.get(station), m)));
        list.sort(Comparator.comparingInt(MoreMinutes::minutesPerDay).reversed().thenComparingLong(MoreMinutes::stationId));
        return list;
    }

    private static List<Shortfall> rowsWith(PlanningInput input, PlanningInput.Campaign c, FrequencyTarget target) {
        List<PlanningInput.Campaign> campaigns = new ArrayList<>(input.campaigns().stream().filter(x -> x.id() != c.id()).toList());
        campaigns.add(new PlanningInput.Campaign(c.id(), c.priority(), target, c.from(), c.to(), c.stationIds(), c.programIds(),
                c.preferred()));
        Plan plan = PlanningEngine.plan(input.withCampaigns(campaigns));
        return plan.feasibility().stream().filter(f -> f.campaignId() == c.id()).toList();
    }

    /** Stations are planned independently: the others do not change this campaign's rows. */
    private static PlanningInput onlyStationsOf(PlanningInput input, Set<Long> stations) {
        return input.onlyStations(stations);
    }

    private static String vietnamese(FrequencyTarget t, int planned) {
        String what = switch (t.kind()) {
            case PER_PROGRAM_PER_DAY -> "Mỗi chương trình " + t.count() + " lần/ngày";
            case PER_PROGRAM_PER_WEEK -> "Mỗi chương trình " + t.count() + " lần/tuần (luân phiên qua các ngày)";
            case ANY_PER_DAY -> t.count() + " chương trình/ngày (luân phiên)";
        };
        return String.format(Locale.ROOT, "%s: xếp đủ cả %d lượt phát, không đài nào thiếu.", what, planned);
    }

    private static String english(FrequencyTarget t, int planned) {
        String what = switch (t.kind()) {
            case PER_PROGRAM_PER_DAY -> "Each program " + t.count() + " times a day";
            case PER_PROGRAM_PER_WEEK -> "Each program " + t.count() + " times a week (rotated over the days)";
            case ANY_PER_DAY -> t.count() + " programs a day (rotated)";
        };
        return String.format(Locale.ROOT, "%s: all %d airings fit, no station short.", what, planned);
    }
}
