package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Clock;
import java.time.Instant;
import vn.loa.scheduler.access.Actor;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.OrgUnitSpec;
import vn.loa.scheduler.registry.OrgUnitRegistry;
import vn.loa.scheduler.store.AsyncStore;
import vn.loa.scheduler.store.Repositories;

import vn.loa.scheduler.access.Scope;
/** CRUD of the org-unit tree, within the caller's scope, every change audited. */
final class OrgUnitRoutes {

    private final AsyncStore store;
    private final Clock clock;

    OrgUnitRoutes(AsyncStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("listOrgUnits").addHandler(this::list);
        routes.getRoute("createOrgUnit").addHandler(this::create);
        routes.getRoute("getOrgUnit").addHandler(this::get);
        routes.getRoute("updateOrgUnit").addHandler(this::update);
        routes.getRoute("deleteOrgUnit").addHandler(this::delete);
    }

    private void list(RoutingContext rc) {
        String parent = rc.queryParams().get("parent");
        OrgUnitLevel level = OrgUnitLevel.fromWire(rc.queryParams().get("level")).orElse(null);
        String within = Scope.listFilter(Principals.of(rc));
        store.read(r -> r.orgUnits().list(parent, level, within))
                .onSuccess(units -> Respond.items(rc, units, OrgUnitJson::toJson))
                .onFailure(rc::fail);
    }

    private void create(RoutingContext rc) {
        OrgUnitSpec spec = OrgUnitJson.fromJson(rc.body().asJsonObject(), null);
        Principal principal = Principals.of(rc);
        Actor actor = Principals.actor(rc);
        store.write(r -> {
            requireParentInScope(r, principal, spec);
            Instant now = clock.instant();
            OrgUnit unit = OrgUnitRegistry.create(r, spec, now);
            Audit.record(r, actor, now, "org_unit.create", "org_unit", unit.code(), unit.code(),
                    OrgUnitJson.toJson(unit).encode());
            return unit;
        })
                .onSuccess(unit -> Respond.json(rc, 201, OrgUnitJson.toJson(unit)))
                .onFailure(rc::fail);
    }

    private void get(RoutingContext rc) {
        String code = rc.pathParam("code");
        Principal principal = Principals.of(rc);
        store.read(r -> {
            OrgUnit unit = OrgUnitRegistry.find(r, code);
            Scope.requireUnit(r, principal, code);
            return unit;
        })
                .onSuccess(unit -> Respond.json(rc, 200, OrgUnitJson.toJson(unit)))
                .onFailure(rc::fail);
    }

    private void update(RoutingContext rc) {
        String code = rc.pathParam("code");
        JsonObject body = rc.body().asJsonObject();
        Principal principal = Principals.of(rc);
        Actor actor = Principals.actor(rc);
        store.write(r -> {
            OrgUnit existing = OrgUnitRegistry.find(r, code);
            Scope.requireUnit(r, principal, code);
            String parent = body.containsKey("parent_code") ? body.getString("parent_code") : existing.parentCode();
            String type = body.containsKey("type") ? body.getString("type") : existing.type();
            OrgUnitSpec spec = new OrgUnitSpec(code, body.getString("name"), type, existing.level(),
                    parent == null || parent.isBlank() ? null : parent.strip());
            requireParentInScope(r, principal, spec);
            Instant now = clock.instant();
            OrgUnit unit = OrgUnitRegistry.update(r, spec, now);
            Audit.record(r, actor, now, "org_unit.update", "org_unit", code, code, new JsonObject()
                    .put("before", OrgUnitJson.toJson(existing)).put("after", OrgUnitJson.toJson(unit)).encode());
            return unit;
        })
                .onSuccess(unit -> Respond.json(rc, 200, OrgUnitJson.toJson(unit)))
                .onFailure(rc::fail);
    }

    private void delete(RoutingContext rc) {
        String code = rc.pathParam("code");
        Principal principal = Principals.of(rc);
        Actor actor = Principals.actor(rc);
        store.write(r -> {
            OrgUnit existing = OrgUnitRegistry.find(r, code);
            Scope.requireUnit(r, principal, code);
            if (principal instanceof Principal.User u && code.equals(u.scopeCode())) {
                throw DomainException.outOfScope("đơn vị gốc của phạm vi", "root unit of your scope");
            }
            OrgUnitRegistry.delete(r, code);
            Audit.record(r, actor, clock.instant(), "org_unit.delete", "org_unit", code, existing.parentCode(),
                    OrgUnitJson.toJson(existing).encode());
            return code;
        })
                .onSuccess(x -> Respond.noContent(rc))
                .onFailure(rc::fail);
    }

    /** A new province needs a system-wide admin; anything else needs its parent in the caller's scope. */
    private static void requireParentInScope(Repositories r, Principal principal, OrgUnitSpec spec) {
        if (spec.parentCode() == null) {
            if (Scope.listFilter(principal) != null) {
                throw DomainException.outOfScope("cấp tỉnh", "province level");
            }
        } else if (r.orgUnits().findByCode(spec.parentCode()).isPresent()) {
            Scope.requireUnit(r, principal, spec.parentCode());
        }
    }
}
