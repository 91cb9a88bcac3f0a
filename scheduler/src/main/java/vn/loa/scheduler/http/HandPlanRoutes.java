package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.loa.scheduler.domain.DateText;
import vn.loa.scheduler.domain.MinuteOfDay;
import vn.loa.scheduler.domain.Weekdays;
import vn.loa.scheduler.domain.hand.DayOff;
import vn.loa.scheduler.domain.hand.RecurringSlot;
import vn.loa.scheduler.handplans.EditRequest;
import vn.loa.scheduler.handplans.HandJson;
import vn.loa.scheduler.handplans.HandPlans;
import vn.loa.scheduler.store.AsyncStore;

/** Hand decisions on the wire: schedule edits, days off, recurring slots, fallback playlists. */
final class HandPlanRoutes {

    private final AsyncStore store;
    private final HandPlans hand;

    HandPlanRoutes(AsyncStore store, HandPlans hand) {
        this.store = store;
        this.hand = hand;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("createScheduleEdit").addHandler(rc -> {
            EditRequest request = editOf(rc.body().asJsonObject());
            store.blocking(() -> hand.edit(Principals.caller(rc), request)).onSuccess(made -> {
                JsonArray items = new JsonArray();
                made.forEach(e -> items.add(HandJson.edit(e)));
                Respond.json(rc, 201, new JsonObject().put("items", items));
            }).onFailure(rc::fail);
        });
        routes.getRoute("listScheduleEdits").addHandler(rc -> {
            LocalDate from = DateText.day("from", rc.queryParams().get("from"), LocalDate.of(2000, 1, 1));
            LocalDate to = DateText.day("to", rc.queryParams().get("to"), LocalDate.of(9999, 12, 31));
            store.blocking(() -> hand.edits(Principals.caller(rc), id(rc), from, to))
                    .onSuccess(list -> Respond.items(rc, list, HandJson::edit)).onFailure(rc::fail);
        });
        routes.getRoute("withdrawScheduleEdit").addHandler(rc -> store.blocking(() -> {
            hand.withdrawEdit(Principals.caller(rc), id(rc));
            return null;
        }).onSuccess(x -> Respond.noContent(rc)).onFailure(rc::fail));

        routes.getRoute("listDaysOff").addHandler(rc -> store.blocking(() -> hand.daysOff(Principals.caller(rc)))
                .onSuccess(list -> Respond.items(rc, list, HandJson::dayOff)).onFailure(rc::fail));
        routes.getRoute("createDayOff").addHandler(rc -> {
            JsonObject b = rc.body().asJsonObject();
            DayOff draft = new DayOff(0, b.getString("kind"), b.getString("scope_code"), b.getLong("station_id"),
                    DateText.day("first_day", b.getString("first_day"), null), DateText.day("last_day", b.getString("last_day"), null),
                    b.getString("reason"), null, null);
            store.blocking(() -> hand.addDayOff(Principals.caller(rc), draft))
                    .onSuccess(d -> Respond.json(rc, 201, HandJson.dayOff(d))).onFailure(rc::fail);
        });
        routes.getRoute("withdrawDayOff").addHandler(rc -> store.blocking(() -> {
            hand.withdrawDayOff(Principals.caller(rc), id(rc));
            return null;
        }).onSuccess(x -> Respond.noContent(rc)).onFailure(rc::fail));

        routes.getRoute("listRecurringSlots").addHandler(rc -> store.blocking(() -> hand.slots(Principals.caller(rc)))
                .onSuccess(list -> Respond.items(rc, list, HandJson::slot)).onFailure(rc::fail));
        routes.getRoute("createRecurringSlot").addHandler(rc -> {
            RecurringSlot draft = slotOf(rc.body().asJsonObject());
            store.blocking(() -> hand.addSlot(Principals.caller(rc), draft))
                    .onSuccess(s -> Respond.json(rc, 201, HandJson.slot(s))).onFailure(rc::fail);
        });
        routes.getRoute("retireRecurringSlot").addHandler(rc -> store.blocking(() -> {
            hand.retireSlot(Principals.caller(rc), id(rc));
            return null;
        }).onSuccess(x -> Respond.noContent(rc)).onFailure(rc::fail));
        mountFallback(routes);
    }

    private void mountFallback(RouterBuilder routes) {
        routes.getRoute("getStationFallback").addHandler(rc -> store.blocking(() -> hand.fallback(Principals.caller(rc), null, id(rc)))
                .onSuccess(f -> Respond.json(rc, 200, HandJson.fallback(f))).onFailure(rc::fail));
        routes.getRoute("setStationFallback").addHandler(rc -> {
            List<Long> ids = programIds(rc.body().asJsonObject());
            store.blocking(() -> hand.setFallback(Principals.caller(rc), null, id(rc), ids))
                    .onSuccess(f -> Respond.json(rc, 200, HandJson.fallback(f))).onFailure(rc::fail);
        });
        routes.getRoute("getUnitFallback").addHandler(rc -> store.blocking(() -> hand.fallback(Principals.caller(rc),
                        rc.pathParam("code"), null))
                .onSuccess(f -> Respond.json(rc, 200, HandJson.fallback(f))).onFailure(rc::fail));
        routes.getRoute("setUnitFallback").addHandler(rc -> {
            List<Long> ids = programIds(rc.body().asJsonObject());
            store.blocking(() -> hand.setFallback(Principals.caller(rc), rc.pathParam("code"), null, ids))
                    .onSuccess(f -> Respond.json(rc, 200, HandJson.fallback(f))).onFailure(rc::fail);
        });
    }

    private static List<Long> programIds(JsonObject body) {
        List<Long> ids = new ArrayList<>();
        body.getJsonArray("program_ids").forEach(id -> ids.add(((Number) id).longValue()));
        return ids;
    }

    /** The schema has checked the shapes: times are HH:MM or HH:MM:SS. */
    private static EditRequest editOf(JsonObject b) {
        return new EditRequest(b.getLong("station_id"), b.getString("scope_code"), DateText.day("day", b.getString("day"), null),
                b.getString("kind"), b.getLong("program_id"), b.getLong("campaign_id"), second(b.getString("from")),
                second(b.getString("at")), b.getString("reason"));
    }

    private static RecurringSlot slotOf(JsonObject b) {
        Set<DayOfWeek> days = Weekdays.parseAll(b.getJsonArray("weekdays", new JsonArray()));
        return new RecurringSlot(0, b.getString("name"), b.getLong("program_id"), b.getString("scope_code"), b.getLong("station_id"),
                MinuteOfDay.parse(b.getString("start")).orElseThrow(), "weeks".equals(b.getString("repeat")), days,
                b.getInteger("every", 1), DateText.day("first_day", b.getString("first_day"), null),
                DateText.day("last_day", b.getString("last_day"), null), null, null);
    }

    private static Integer second(String clock) {
        if (clock == null) {
            return null;
        }
        String[] parts = clock.split(":");
        return Integer.parseInt(parts[0]) * 3600 + Integer.parseInt(parts[1]) * 60 + (parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
    }

    private static long id(RoutingContext rc) {
        return Long.parseLong(rc.pathParam("id"));
    }
}
