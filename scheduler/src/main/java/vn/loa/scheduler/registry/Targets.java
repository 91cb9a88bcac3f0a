package vn.loa.scheduler.registry;

import java.util.ArrayList;
import java.util.List;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.Scope;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.store.Repositories;

/**
 * What a planner's decision applies to: one station, or every station of a unit or planning group (by its
 * code). Days off, recurring slots and relay slots all name their target this way.
 */
public final class Targets {

    private Targets() {
    }

    /** Checks the caller may decide for the target; returns the unit code the audit files it under. */
    public static String require(Repositories r, Caller caller, Long stationId, String scopeCode) {
        if ((stationId == null) == (scopeCode == null)) {
            throw DomainException.invalidValue("station_id", String.valueOf(stationId), "một đài hoặc một đơn vị/nhóm",
                    "one station or one unit or group");
        }
        if (stationId != null) {
            return StationRegistry.findInScope(r, caller.principal(), stationId).spec().communeCode();
        }
        if (r.orgUnits().findByCode(scopeCode).isEmpty() && r.planningGroups().findByCode(scopeCode).isEmpty()) {
            throw DomainException.notFound("đơn vị", "Unit", scopeCode);
        }
        Scope.requireUnit(r, caller.principal(), scopeCode);
        return scopeCode;
    }

    public static boolean mayRead(Repositories r, Caller caller, Long stationId, String scopeCode) {
        if (stationId != null) {
            return r.stations().find(stationId).map(s -> Scope.coversStation(r, caller.principal(), s)).orElse(false);
        }
        return Scope.canRead(r, caller.principal(), scopeCode);
    }

    /** The stations a target covers that air as themselves (a station merged into another airs as that one). */
    public static List<Station> stations(Repositories r, Caller caller, Long stationId, String scopeCode) {
        if (stationId != null) {
            return List.of(StationRegistry.findInScope(r, caller.principal(), stationId));
        }
        Scope.requireUnit(r, caller.principal(), scopeCode);
        List<Station> stations = new ArrayList<>();
        for (long id : r.planning().stationsOf(List.of(scopeCode), List.of())) {
            r.stations().find(id).filter(s -> s.mergedIntoStationId() == null).ifPresent(stations::add);
        }
        return stations;
    }
}
