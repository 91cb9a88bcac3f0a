package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.util.ArrayList;
import java.util.List;
import vn.loa.scheduler.domain.PlanningGroup;
import vn.loa.scheduler.domain.PlanningGroupSpec;
import vn.loa.scheduler.registry.PlanningGroups;
import vn.loa.scheduler.store.AsyncStore;

/** Planning groups on the wire: list, read, create, replace, delete. */
final class PlanningGroupRoutes {

    private final AsyncStore store;
    private final PlanningGroups groups;

    PlanningGroupRoutes(AsyncStore store, PlanningGroups groups) {
        this.store = store;
        this.groups = groups;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("listPlanningGroups").addHandler(rc -> store.blocking(() -> groups.list(Principals.caller(rc)))
                .onSuccess(list -> Respond.items(rc, list, PlanningGroupRoutes::toJson)).onFailure(rc::fail));
        routes.getRoute("createPlanningGroup").addHandler(rc -> {
            PlanningGroupSpec spec = fromJson(rc.body().asJsonObject(), rc.body().asJsonObject().getString("code"));
            store.blocking(() -> groups.create(Principals.caller(rc), spec))
                    .onSuccess(g -> Respond.json(rc, 201, toJson(g))).onFailure(rc::fail);
        });
        routes.getRoute("getPlanningGroup").addHandler(rc -> store.blocking(() -> groups.read(Principals.caller(rc),
                        rc.pathParam("code")))
                .onSuccess(g -> Respond.json(rc, 200, toJson(g))).onFailure(rc::fail));
        routes.getRoute("updatePlanningGroup").addHandler(rc -> {
            String code = rc.pathParam("code");
            PlanningGroupSpec spec = fromJson(rc.body().asJsonObject(), code);
            store.blocking(() -> groups.update(Principals.caller(rc), code, spec))
                    .onSuccess(g -> Respond.json(rc, 200, toJson(g))).onFailure(rc::fail);
        });
        routes.getRoute("deletePlanningGroup").addHandler(rc -> store.blocking(() -> {
            groups.delete(Principals.caller(rc), rc.pathParam("code"));
            return null;
        }).onSuccess(x -> Respond.noContent(rc)).onFailure(rc::fail));
    }

    private static PlanningGroupSpec fromJson(JsonObject body, String code) {
        List<String> members = new ArrayList<>();
        body.getJsonArray("member_codes", new JsonArray()).forEach(m -> members.add((String) m));
        return new PlanningGroupSpec(code, body.getString("name"), body.getString("province_code"), members);
    }

    static JsonObject toJson(PlanningGroup g) {
        return PlanningGroups.json(g).put("id", g.id()).put("created_at", g.createdAt().toString())
                .put("updated_at", g.updatedAt().toString());
    }
}
