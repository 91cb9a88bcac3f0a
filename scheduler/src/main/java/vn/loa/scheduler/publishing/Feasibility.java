package vn.loa.scheduler.publishing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.loa.scheduler.planning.PlanningEngine;
import vn.loa.scheduler.planning.Shortfall;
import vn.loa.scheduler.planning.CampaignRecord;
import vn.loa.scheduler.planning.Plan;
import vn.loa.scheduler.planning.PlanningInput;
import vn.loa.scheduler.planning.CampaignSpec;
/**
 * A campaign's feasibility report: per station and day, what the target needs against what the windows
 * give it, said in numbers a planner can act on. Works on a draft too (it is planned as if active).
 */
public final class Feasibility {

    private Feasibility() {
    }

    public static JsonObject report(long campaignId, PlanningInput current, CampaignRecord campaign, java.util.Set<Long> stations) {
        List<PlanningInput.Campaign> campaigns = new ArrayList<>(current.campaigns().stream()
                .filter(c -> c.id() != campaignId).toList());
        CampaignSpec s = campaign.spec();
        campaigns.add(new PlanningInput.Campaign(campaignId, s.priority(), s.target(), s.from(), s.to(), stations,
                s.programIds(), s.preferred()));
        // the same make-ups and frozen past as the publisher, so the preview says what publishing would do
        Plan plan = PlanningEngine.plan(current.withCampaigns(campaigns));
        JsonArray rows = new JsonArray();
        int needed = 0;
        int planned = 0;
        int shortDays = 0;
        for (Shortfall f : plan.feasibility()) {
            if (f.campaignId() != campaignId) {
                continue;
            }
            needed += f.neededAirings();
            planned += f.plannedAirings();
            JsonObject row = new JsonObject().put("station_id", f.stationId()).put("day", f.day().toString())
                    .put("needed_airings", f.neededAirings()).put("planned_airings", f.plannedAirings())
                    .put("needed_minutes", round(f.neededMinutes())).put("planned_minutes", round(f.plannedMinutes()))
                    .put("available_minutes", round(f.availableMinutes()));
            if (f.missingAirings() > 0) {
                shortDays++;
                row.put("message", String.format(Locale.ROOT, "Cần %.0f phút/ngày, chỉ xếp được %.0f phút (khung giờ có %.0f"
                                + " phút); thiếu %d lượt phát.", f.neededMinutes(), f.plannedMinutes(), f.availableMinutes(),
                        f.missingAirings()))
                        .put("message_en", String.format(Locale.ROOT, "Needs %.0f min/day, only %.0f min fit (windows hold"
                                + " %.0f min); %d airings short.", f.neededMinutes(), f.plannedMinutes(), f.availableMinutes(),
                        f.missingAirings()));
            }
            rows.add(row);
        }
        return new JsonObject().put("campaign_id", campaignId).put("from", current.firstDay().toString())
                .put("days", current.days()).put("needed_airings", needed).put("planned_airings", planned)
                .put("short_station_days", shortDays).put("rows", rows);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
