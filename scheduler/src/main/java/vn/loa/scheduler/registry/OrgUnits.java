package vn.loa.scheduler.registry;

import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.access.Scope;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.OrgUnitSpec;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.ProvinceSettings;
import vn.loa.scheduler.domain.StationRules;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.Store;

/**
 * The org-unit tree within the caller's scope: each change checked ({@link OrgUnitRegistry}), scoped and
 * audited in its transaction. Blocking: call off the event loop.
 */
public final class OrgUnits {

    private final Store store;
    private final Clock clock;
    private final Runnable replanSoon;

    /** @param replanSoon asks the planner to re-plan shortly (a province's settings change what airs) */
    public OrgUnits(Store store, Clock clock, Runnable replanSoon) {
        this.store = store;
        this.clock = clock;
        this.replanSoon = replanSoon;
    }

    public List<OrgUnit> list(Caller caller, String parent, OrgUnitLevel level) {
        return store.read(r -> r.orgUnits().list(parent, level, caller.listFilter()));
    }

    public OrgUnit read(Caller caller, String code) {
        return store.read(r -> {
            OrgUnit unit = OrgUnitRegistry.find(r, code);
            Scope.requireUnit(r, caller.principal(), code);
            return unit;
        });
    }

    public OrgUnit create(Caller caller, OrgUnitSpec spec) {
        return store.write(r -> {
            // a new province needs a system-wide admin; anything else its parent in the caller's scope
            Scope.requireAssignable(r, caller.principal(), spec.parentCode(), "cấp tỉnh", "province level");
            Instant now = clock.instant();
            OrgUnit unit = OrgUnitRegistry.create(r, spec, now);
            Audit.record(r, caller.actor(), now, "org_unit.create", "org_unit", unit.code(), unit.code(),
                    OrgUnitSummary.json(unit).encode());
            return unit;
        });
    }

    /** Applies {@code edit} to the unit as it is in the transaction (its code and level stay), checks and stores it. */
    public OrgUnit update(Caller caller, String code, Function<OrgUnit, OrgUnitSpec> edit) {
        return store.write(r -> {
            OrgUnit existing = OrgUnitRegistry.find(r, code);
            Scope.requireUnit(r, caller.principal(), code);
            OrgUnitSpec spec = edit.apply(existing);
            // a new province needs a system-wide admin; anything else its parent in the caller's scope
            Scope.requireAssignable(r, caller.principal(), spec.parentCode(), "cấp tỉnh", "province level");
            Instant now = clock.instant();
            OrgUnit unit = OrgUnitRegistry.update(r, spec, now);
            Audit.record(r, caller.actor(), now, "org_unit.update", "org_unit", code, code, new JsonObject()
                    .put("before", OrgUnitSummary.json(existing)).put("after", OrgUnitSummary.json(unit)).encode());
            return unit;
        });
    }

    /** Deletes a unit in scope, never the root of the caller's own scope (see {@link OrgUnitRegistry#delete}). */
    public void delete(Caller caller, String code) {
        store.write(r -> {
            OrgUnit existing = OrgUnitRegistry.find(r, code);
            Scope.requireUnit(r, caller.principal(), code);
            if (caller.principal() instanceof Principal.User u && code.equals(u.scopeCode())) {
                throw DomainException.outOfScope("đơn vị gốc của phạm vi", "root unit of your scope");
            }
            OrgUnitRegistry.delete(r, code);
            Audit.record(r, caller.actor(), clock.instant(), "org_unit.delete", "org_unit", code, existing.parentCode(),
                    OrgUnitSummary.json(existing).encode());
            return null;
        });
    }

    /** The settings in force for a unit or group in scope, with the province they belong to. */
    public ProvinceSettingsView settings(Caller caller, String code) {
        return store.read(r -> {
            Scope.requireUnit(r, caller.principal(), code);
            return settingsView(r, code);
        });
    }

    /** Changes the settings of the province of {@code code}: only someone whose scope holds the whole province. */
    public ProvinceSettingsView updateSettings(Caller caller, String code, ProvinceSettings settings) {
        ProvinceSettingsView saved = store.write(r -> {
            Scope.requireUnit(r, caller.principal(), code);
            OrgUnit province = r.settings().provinceOf(code)
                    .orElseThrow(() -> DomainException.notFound("đơn vị", "Unit", code));
            Scope.requireUnit(r, caller.principal(), province.code());
            Problems problems = new Problems();
            problems.addAll(StationRules.checkWindows(List.of(), settings.quietHours()));
            problems.throwIfAny("Cài đặt của tỉnh", "The province's settings");
            ProvinceSettings before = r.settings().of(province.code());
            Instant now = clock.instant();
            r.settings().put(province.id(), settings, now, caller.username());
            Audit.record(r, caller.actor(), now, "province.settings", "org_unit", province.code(), province.code(),
                    new JsonObject().put("before", ProvinceSettingsView.json(before))
                            .put("after", ProvinceSettingsView.json(settings)).encode());
            return settingsView(r, code);
        });
        replanSoon.run();
        return saved;
    }

    private static ProvinceSettingsView settingsView(Repositories r, String code) {
        OrgUnit province = r.settings().provinceOf(code).orElseThrow(() -> DomainException.notFound("đơn vị", "Unit", code));
        return new ProvinceSettingsView(province.code(), province.name(), r.settings().of(code));
    }
}
