package vn.loa.scheduler.imports;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitSpec;
import vn.loa.scheduler.domain.PlanningGroupSpec;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.planning.CampaignSpec;

/**
 * What moving a deployment to the map of July 2025 changes, worked out before anything is written: the dry
 * run prints it, the apply writes exactly it. With any problem nothing is applied.
 *
 * @param skippedRows   mapping rows of districts this deployment never had (the file covers the nation)
 * @param movedBefore   rows whose old commune was moved by an earlier run (running it twice changes nothing)
 * @param supersede     old units that leave force (communes, their districts, provinces the new map dropped)
 * @param renamed       provinces that stay, under the new map's name
 * @param created       new units, provinces before communes
 * @param groups        one planning group per former district (and dropped province), of its new communes
 * @param newStations   one station per new commune that receives old stations
 * @param merges        old stations that become sites of the new commune's station
 * @param users         users whose scope was an old unit
 * @param campaigns     campaigns still running whose targets named old units or stations
 */
public record RemapPlan(List<RowProblem> problems, int rows, int skippedRows, int movedBefore,
                        List<OrgUnit> supersede, List<OrgUnitSpec> renamed, List<OrgUnitSpec> created,
                        List<Group> groups, List<StationSpec> newStations, List<Merge> merges, List<UserScope> users,
                        List<Retarget> campaigns) {

    /** A mapping row that stops the run, in both languages. */
    public record RowProblem(long line, String vietnamese, String english) {
    }

    /** A planning group made of a former unit ({@code formerUnitId}), so its planners keep their work. */
    public record Group(PlanningGroupSpec spec, long formerUnitId) {
    }

    /** An old station, and the code of the new commune's station it joins as sites. */
    public record Merge(long stationId, String stationCode, String newStationCode) {
    }

    public record UserScope(long userId, String username, String from, String to) {
    }

    /** A running campaign's new spec; {@code stationCodes} are targets of stations created by this run. */
    public record Retarget(long campaignId, CampaignSpec spec, List<String> stationCodes) {
    }

    public boolean applicable() {
        return problems.isEmpty();
    }

    public boolean changesNothing() {
        return supersede.isEmpty() && created.isEmpty() && merges.isEmpty() && users.isEmpty() && campaigns.isEmpty()
                && renamed.isEmpty() && groups.isEmpty();
    }

    public JsonObject toJson() {
        JsonArray bad = new JsonArray();
        problems.forEach(p -> bad.add(new JsonObject().put("line", p.line()).put("message", p.vietnamese())
                .put("message_en", p.english())));
        return new JsonObject()
                .put("rows", rows).put("rows_of_other_districts", skippedRows).put("rows_moved_before", movedBefore)
                .put("problems", bad)
                .put("units_superseded", new JsonArray(supersede.stream().map(OrgUnit::code).toList()))
                .put("provinces_renamed", new JsonArray(renamed.stream().map(OrgUnitSpec::code).toList()))
                .put("units_created", new JsonArray(created.stream().map(OrgUnitSpec::code).toList()))
                .put("groups_created", new JsonArray(groups.stream().map(g -> g.spec().code()).toList()))
                .put("stations_created", new JsonArray(newStations.stream().map(StationSpec::code).toList()))
                .put("stations_merged", new JsonArray(merges.stream().map(m -> new JsonObject()
                        .put("station", m.stationCode()).put("into", m.newStationCode())).toList()))
                .put("user_scopes", new JsonArray(users.stream().map(u -> new JsonObject().put("username", u.username())
                        .put("from", u.from()).put("to", u.to())).toList()))
                .put("campaigns_retargeted", new JsonArray(campaigns.stream().map(Retarget::campaignId).toList()));
    }
}
