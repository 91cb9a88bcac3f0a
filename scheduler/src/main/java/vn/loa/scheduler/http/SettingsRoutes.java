package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import vn.loa.scheduler.domain.MinuteOfDay;
import vn.loa.scheduler.domain.ProvinceSettings;
import vn.loa.scheduler.domain.QuietHours;
import vn.loa.scheduler.registry.OrgUnits;
import vn.loa.scheduler.store.AsyncStore;

/** A province's settings on the wire: read by anyone in scope, changed by an admin of the whole province. */
final class SettingsRoutes {

    private final AsyncStore store;
    private final OrgUnits units;

    SettingsRoutes(AsyncStore store, OrgUnits units) {
        this.store = store;
        this.units = units;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("getProvinceSettings").addHandler(rc -> store.blocking(() -> units.settings(Principals.caller(rc),
                        rc.pathParam("code")))
                .onSuccess(view -> Respond.json(rc, 200, view.toJson())).onFailure(rc::fail));
        routes.getRoute("setProvinceSettings").addHandler(rc -> {
            ProvinceSettings settings = fromJson(rc.body().asJsonObject());
            store.blocking(() -> units.updateSettings(Principals.caller(rc), rc.pathParam("code"), settings))
                    .onSuccess(view -> Respond.json(rc, 200, view.toJson())).onFailure(rc::fail);
        });
    }

    /** The schema has checked the shapes: times are HH:MM up to 24:00. */
    private static ProvinceSettings fromJson(JsonObject body) {
        JsonObject quiet = body.getJsonObject("quiet_hours");
        return new ProvinceSettings(new QuietHours(MinuteOfDay.parse(quiet.getString("not_before")).orElseThrow(),
                MinuteOfDay.parse(quiet.getString("not_after")).orElseThrow()),
                body.getBoolean("quiet_hours_strict", false), body.getBoolean("second_approval", false),
                body.getInteger("min_separation_minutes", 0),
                body.getValue("horizon_days") == null ? ProvinceSettings.INSTANCE_HORIZON : body.getInteger("horizon_days"));
    }
}
