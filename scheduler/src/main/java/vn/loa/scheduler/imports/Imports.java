package vn.loa.scheduler.imports;

import java.time.Clock;
import java.time.Instant;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.Scope;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.Store;

/**
 * CSV imports of org units and stations, each in one transaction: a file with any bad row (including a
 * row outside the importer's scope) imports nothing. Blocking: call off the event loop.
 */
public final class Imports {

    @FunctionalInterface
    private interface Importer {
        ImportResult apply(Repositories r, byte[] csv, Instant now, ImportScope scope);
    }

    private final Store store;
    private final Clock clock;

    public Imports(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public ImportResult orgUnits(Caller caller, byte[] csv) {
        return run(caller, csv, "org_unit.import", OrgUnitImport::apply);
    }

    public ImportResult stations(Caller caller, byte[] csv) {
        return run(caller, csv, "station.import", StationImport::apply);
    }

    public ImportResult planningGroups(Caller caller, byte[] csv) {
        return run(caller, csv, "planning_group.import", PlanningGroupImport::apply);
    }

    private ImportResult run(Caller caller, byte[] csv, String action, Importer importer) {
        return store.write(r -> {
            Instant now = clock.instant();
            // a row without a parent makes a province: only a system-wide caller may
            ImportScope scope = unit -> unit == null ? caller.listFilter() == null : Scope.covers(r, caller.principal(), unit);
            ImportResult result = importer.apply(r, csv, now, scope);
            Audit.record(r, caller.actor(), now, action, "import", null, caller.listFilter(), result.toJson().encode());
            return result;
        });
    }
}
