package vn.loa.scheduler.publishing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.loa.scheduler.planning.CampaignRecord;
import vn.loa.scheduler.planning.CampaignSpec;
import vn.loa.scheduler.planning.Plan;
import vn.loa.scheduler.planning.PlanningEngine;
import vn.loa.scheduler.planning.PlanningInput;
import vn.loa.scheduler.planning.Shortfall;

/**
 * A campaign's feasibility report: per station and day, what the target needs against what the windows
 * give it. Works on a draft too (it is planned as if active).
 *
 * @param rows one per station and day of the horizon that the campaign reaches
 */
public record Feasibility(long campaignId, LocalDate from, int days, List<Shortfall> rows,
                          List<Suggestions.Frequency> frequencies, List<Suggestions.MoreMinutes> moreMinutes) {

    /**
     * The report, and when some station-day is short, what would fit: the engine plans again with lower
     * frequencies (see {@link Suggestions}).
     */
    public static Feasibility of(long campaignId, PlanningInput current, CampaignRecord campaign, Set<Long> stations) {
        List<PlanningInput.Campaign> campaigns = new ArrayList<>(current.campaigns().stream()
                .filter(c -> c.id() != campaignId).toList());
        CampaignSpec s = campaign.spec();
        campaigns.add(new PlanningInput.Campaign(campaignId, s.priority(), s.target(), s.from(), s.to(), stations,
                s.programIds(), s.preferred()));
        // the same make-ups and frozen past as the publisher, so the preview says what publishing would do
        Plan plan = PlanningEngine.plan(current.withCampaigns(campaigns));
        List<Shortfall> rows = plan.feasibility().stream().filter(f -> f.campaignId() == campaignId).toList();
        boolean anyShort = rows.stream().anyMatch(f -> f.missingAirings() > 0);
        PlanningInput.Campaign asked = campaigns.get(campaigns.size() - 1);
        return new Feasibility(campaignId, current.firstDay(), current.days(), rows,
                anyShort ? Suggestions.frequencies(current.withCampaigns(campaigns), asked) : List.of(),
                anyShort ? Suggestions.moreMinutes(rows) : List.of());
    }

    public int neededAirings() {
        return rows.stream().mapToInt(Shortfall::neededAirings).sum();
    }

    public int plannedAirings() {
        return rows.stream().mapToInt(Shortfall::plannedAirings).sum();
    }

    public long shortStationDays() {
        return rows.stream().filter(f -> f.missingAirings() > 0).count();
    }
}
