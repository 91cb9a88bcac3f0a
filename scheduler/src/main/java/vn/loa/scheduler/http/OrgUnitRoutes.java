package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.OrgUnitSpec;
import vn.loa.scheduler.registry.OrgUnits;
import vn.loa.scheduler.store.AsyncStore;

/** The org-unit tree on the wire: parse, call {@link OrgUnits}, render. */
final class OrgUnitRoutes {

    private final AsyncStore store;
    private final OrgUnits units;

    OrgUnitRoutes(AsyncStore store, OrgUnits units) {
        this.store = store;
        this.units = units;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("listOrgUnits").addHandler(rc -> {
            String parent = rc.queryParams().get("parent");
            OrgUnitLevel level = OrgUnitLevel.fromWire(rc.queryParams().get("level")).orElse(null);
            store.blocking(() -> units.list(Principals.caller(rc), parent, level))
                    .onSuccess(list -> Respond.items(rc, list, OrgUnitJson::toJson)).onFailure(rc::fail);
        });
        routes.getRoute("createOrgUnit").addHandler(rc -> {
            OrgUnitSpec spec = OrgUnitJson.fromJson(rc.body().asJsonObject(), null);
            store.blocking(() -> units.create(Principals.caller(rc), spec))
                    .onSuccess(unit -> Respond.json(rc, 201, OrgUnitJson.toJson(unit))).onFailure(rc::fail);
        });
        routes.getRoute("getOrgUnit").addHandler(rc -> store.blocking(() -> units.read(Principals.caller(rc),
                        rc.pathParam("code")))
                .onSuccess(unit -> Respond.json(rc, 200, OrgUnitJson.toJson(unit))).onFailure(rc::fail));
        routes.getRoute("updateOrgUnit").addHandler(rc -> {
            String code = rc.pathParam("code");
            JsonObject body = rc.body().asJsonObject();
            store.blocking(() -> units.update(Principals.caller(rc), code, existing -> edited(existing, body)))
                    .onSuccess(unit -> Respond.json(rc, 200, OrgUnitJson.toJson(unit))).onFailure(rc::fail);
        });
        routes.getRoute("deleteOrgUnit").addHandler(rc -> store.blocking(() -> {
            units.delete(Principals.caller(rc), rc.pathParam("code"));
            return null;
        }).onSuccess(x -> Respond.noContent(rc)).onFailure(rc::fail));
    }

    /** The name from the body; parent and type from the body when sent, else as they were; the level stays. */
    private static OrgUnitSpec edited(OrgUnit existing, JsonObject body) {
        String parent = body.containsKey("parent_code") ? body.getString("parent_code") : existing.parentCode();
        String type = body.containsKey("type") ? body.getString("type") : existing.type();
        return new OrgUnitSpec(existing.code(), body.getString("name"), type, existing.level(),
                parent == null || parent.isBlank() ? null : parent.strip());
    }
}
