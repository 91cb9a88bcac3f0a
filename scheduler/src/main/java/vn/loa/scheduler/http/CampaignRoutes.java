package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import vn.loa.scheduler.campaigns.Campaigns;
import vn.loa.scheduler.campaigns.PeriodNote;
import vn.loa.scheduler.domain.DateText;
import vn.loa.scheduler.store.AsyncStore;

/** Campaigns (kế hoạch phát sóng) on the wire: parse, call {@link Campaigns}, render. */
final class CampaignRoutes {

    private final AsyncStore store;
    private final Campaigns campaigns;

    CampaignRoutes(AsyncStore store, Campaigns campaigns) {
        this.store = store;
        this.campaigns = campaigns;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("listCampaigns").addHandler(rc -> store.blocking(() -> campaigns.list(Principals.caller(rc)))
                .onSuccess(list -> Respond.items(rc, list, CampaignJson::toJson)).onFailure(rc::fail));
        routes.getRoute("createCampaign").addHandler(rc -> {
            var spec = CampaignJson.fromJson(rc.body().asJsonObject());
            store.blocking(() -> campaigns.create(Principals.caller(rc), spec))
                    .onSuccess(c -> Respond.json(rc, 201, CampaignJson.toJson(c).put("period_note", note(campaigns.periodNote(c)))))
                    .onFailure(rc::fail);
        });
        routes.getRoute("getCampaign").addHandler(rc -> store.blocking(() -> campaigns.read(Principals.caller(rc), id(rc)))
                .onSuccess(detail -> Respond.json(rc, 200, withProgramTitles(detail))).onFailure(rc::fail));
        routes.getRoute("updateCampaign").addHandler(rc -> {
            var spec = CampaignJson.fromJson(rc.body().asJsonObject());
            store.blocking(() -> campaigns.update(Principals.caller(rc), id(rc), spec))
                    .onSuccess(c -> Respond.json(rc, 200, CampaignJson.toJson(c))).onFailure(rc::fail);
        });
        routes.getRoute("publishCampaign").addHandler(rc -> store.blocking(() -> campaigns.publish(Principals.caller(rc), id(rc)))
                .onSuccess(t -> Respond.json(rc, 200, transition(t))).onFailure(rc::fail));
        routes.getRoute("closeCampaign").addHandler(rc -> {
            // the body is optional: a reason, or nothing
            JsonObject given = rc.body() == null || rc.body().length() == 0 ? null : rc.body().asJsonObject();
            String reason = given == null ? null : given.getString("reason");
            store.blocking(() -> campaigns.close(Principals.caller(rc), id(rc), reason))
                    .onSuccess(t -> Respond.json(rc, 200, transition(t))).onFailure(rc::fail);
        });
        routes.getRoute("deleteCampaign").addHandler(rc -> store.blocking(() -> {
            campaigns.deleteDraft(Principals.caller(rc), id(rc));
            return null;
        }).onSuccess(v -> rc.response().setStatusCode(204).end()).onFailure(rc::fail));
        routes.getRoute("cloneCampaign").addHandler(rc -> {
            JsonObject body = rc.body().asJsonObject();
            store.blocking(() -> campaigns.cloneInto(Principals.caller(rc), id(rc), body.getString("name"),
                            DateText.day("period_start", body.getString("period_start"), null),
                            DateText.day("period_end", body.getString("period_end"), null)))
                    .onSuccess(c -> Respond.json(rc, 201, CampaignJson.toJson(c).put("period_note", note(campaigns.periodNote(c)))))
                    .onFailure(rc::fail);
        });
        routes.getRoute("getCampaignFeasibility").addHandler(rc -> store.blocking(() -> campaigns.feasibility(
                        Principals.caller(rc), id(rc)))
                .onSuccess(report -> Respond.json(rc, 200, FeasibilityJson.toJson(report))).onFailure(rc::fail));
    }

    private static long id(RoutingContext rc) {
        return Long.parseLong(rc.pathParam("id"));
    }

    private static JsonObject transition(Campaigns.Transition t) {
        return CampaignJson.toJson(t.campaign()).put("published", new JsonObject()
                .put("station_days", t.published().stationDays()).put("changed", t.published().changed())
                .put("items", t.published().items()));
    }

    private JsonObject withProgramTitles(Campaigns.Detail detail) {
        JsonArray programs = new JsonArray();
        detail.programs().forEach(p -> programs.add(new JsonObject().put("id", p.id()).put("title", p.title())));
        return CampaignJson.toJson(detail.campaign()).put("programs", programs)
                .put("period_note", note(campaigns.periodNote(detail.campaign())));
    }

    private static JsonObject note(PeriodNote note) {
        return note == null ? null : new JsonObject().put("message", note.message()).put("message_en", note.messageEn());
    }
}
