package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Clock;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.OrgUnitSpec;
import vn.loa.scheduler.registry.OrgUnitRegistry;
import vn.loa.scheduler.store.AsyncStore;

/** CRUD of the org-unit tree. */
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
        store.read(r -> r.orgUnits().list(parent, level))
                .onSuccess(units -> {
                    JsonArray items = new JsonArray();
                    units.forEach(u -> items.add(OrgUnitJson.toJson(u)));
                    Respond.json(rc, 200, new JsonObject().put("items", items));
                })
                .onFailure(rc::fail);
    }

    private void create(RoutingContext rc) {
        OrgUnitSpec spec = OrgUnitJson.fromJson(rc.body().asJsonObject(), null);
        store.write(r -> OrgUnitRegistry.create(r, spec, clock.instant()))
                .onSuccess(unit -> Respond.json(rc, 201, OrgUnitJson.toJson(unit)))
                .onFailure(rc::fail);
    }

    private void get(RoutingContext rc) {
        String code = rc.pathParam("code");
        store.read(r -> OrgUnitRegistry.find(r, code))
                .onSuccess(unit -> Respond.json(rc, 200, OrgUnitJson.toJson(unit)))
                .onFailure(rc::fail);
    }

    private void update(RoutingContext rc) {
        String code = rc.pathParam("code");
        JsonObject body = rc.body().asJsonObject();
        store.write(r -> {
            OrgUnit existing = OrgUnitRegistry.find(r, code);
            String parent = body.containsKey("parent_code") ? body.getString("parent_code") : existing.parentCode();
            OrgUnitSpec spec = new OrgUnitSpec(code, body.getString("name"), body.getString("type"), existing.level(),
                    parent == null || parent.isBlank() ? null : parent.strip());
            return OrgUnitRegistry.update(r, spec, clock.instant());
        })
                .onSuccess(unit -> Respond.json(rc, 200, OrgUnitJson.toJson(unit)))
                .onFailure(rc::fail);
    }

    private void delete(RoutingContext rc) {
        String code = rc.pathParam("code");
        store.write(r -> {
            OrgUnitRegistry.delete(r, code);
            return code;
        })
                .onSuccess(x -> Respond.noContent(rc))
                .onFailure(rc::fail);
    }
}
