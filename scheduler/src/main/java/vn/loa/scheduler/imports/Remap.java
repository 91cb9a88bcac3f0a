package vn.loa.scheduler.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitSpec;
import vn.loa.scheduler.domain.Site;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.planning.CampaignSpec;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.Store;

/**
 * Moves a deployment of the old three-level map to the map of July 2025 (issue 17; docs/decisions.md
 * "Moving a 2024 deployment"): old communes, districts and dropped provinces leave force and keep their
 * history; the new communes come in; each old commune's station becomes sites of the new commune's station;
 * old districts become planning groups, and users and running campaigns follow. The dry run changes nothing;
 * the apply is one transaction, planned again inside it; a second run finds nothing to do.
 */
public final class Remap {

    /** The plan, and whether it was written. */
    public record Outcome(RemapPlan plan, boolean applied) {
    }

    private final Store store;
    private final Clock clock;

    public Remap(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param reformDay the day the old units stopped (1 July 2025 for the national reform)
     * @param newMapCsv the units in force after it, in the catalogue's layout (null: the map of July 2025 in the jar)
     */
    public Outcome run(Caller caller, byte[] mappingCsv, byte[] newMapCsv, LocalDate reformDay, boolean apply) {
        ReformMapping mapping = ReformMapping.parse(mappingCsv);
        NewMap newMap = NewMap.parse(newMapCsv != null ? newMapCsv : builtInMap());
        if (!apply) {
            return new Outcome(store.read(r -> RemapPlanner.plan(snapshot(r), mapping, newMap)), false);
        }
        return store.write(r -> {
            RemapPlan plan = RemapPlanner.plan(snapshot(r), mapping, newMap);
            if (!plan.applicable() || plan.changesNothing()) {
                return new Outcome(plan, false);
            }
            Instant now = clock.instant();
            write(r, plan, reformDay, now);
            Audit.record(r, caller.actor(), now, "org_unit.remap", "import", null, caller.listFilter(),
                    plan.toJson().encode());
            return new Outcome(plan, true);
        });
    }

    private RemapPlanner.Snapshot snapshot(Repositories r) {
        Set<String> groups = new HashSet<>();
        r.planningGroups().list(null).forEach(g -> groups.add(g.spec().code()));
        return new RemapPlanner.Snapshot(r.orgUnits().list(null, null), r.stations().list(null), r.users().list(null),
                r.planning().listCampaigns(null), groups, LocalDate.ofInstant(clock.instant(), clock.getZone()));
    }

    /** Order matters: old units leave force before new ones take their codes. */
    private static void write(Repositories r, RemapPlan plan, LocalDate reformDay, Instant now) {
        for (OrgUnit old : plan.supersede()) {
            r.orgUnits().supersede(old.id(), reformDay, now);
        }
        for (OrgUnitSpec province : plan.renamed()) {
            r.orgUnits().update(province, now);
        }
        for (OrgUnitSpec unit : plan.created()) {
            r.orgUnits().insert(unit, now);
        }
        for (RemapPlan.Group group : plan.groups()) {
            r.planningGroups().insert(group.spec(), now);
            r.planningGroups().setFormerUnit(group.spec().code(), group.formerUnitId());
        }
        for (var spec : plan.newStations()) {
            Station station = r.stations().insert(spec, now);
            // its sites are the old stations' installations, joined below; the placeholder site goes
            r.sites().listForStation(station.id()).stream().map(Site::id).forEach(r.sites()::delete);
        }
        String reason = "Đài đã gộp vào đài của xã mới (bản đồ hành chính " + reformDay + ")";
        for (RemapPlan.Merge merge : plan.merges()) {
            long into = r.stations().findByCode(merge.newStationCode()).orElseThrow().id();
            r.mergers().merge(merge.stationId(), into, now, reason);
        }
        for (RemapPlan.UserScope scope : plan.users()) {
            var user = r.users().find(scope.userId()).orElseThrow();
            r.users().update(user.id(), user.displayName(), user.role(), scope.to(), user.disabled());
        }
        for (RemapPlan.Retarget retarget : plan.campaigns()) {
            CampaignSpec spec = retarget.spec();
            List<Long> stations = new ArrayList<>(spec.targetStations());
            retarget.stationCodes().forEach(code -> stations.add(r.stations().findByCode(code).orElseThrow().id()));
            r.planning().updateCampaign(retarget.campaignId(), new CampaignSpec(spec.name(), spec.ownerUnitCode(),
                    spec.from(), spec.to(), spec.priority(), spec.target(), spec.targetUnits(), stations, spec.programIds(),
                    spec.preferred()), now);
        }
    }

    private static byte[] builtInMap() {
        try (var in = Remap.class.getResourceAsStream(NewMap.BUILT_IN)) {
            return in.readAllBytes();
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("the map of July 2025 is missing from the jar", e);
        }
    }
}
