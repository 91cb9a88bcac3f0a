package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.DayOfWeek;
import java.util.Set;
import vn.loa.scheduler.domain.DateText;
import vn.loa.scheduler.domain.MinuteOfDay;
import vn.loa.scheduler.domain.Weekdays;
import vn.loa.scheduler.domain.relay.RelaySlot;
import vn.loa.scheduler.relays.RelayJson;
import vn.loa.scheduler.relays.RelaySlots;
import vn.loa.scheduler.relays.RelaySources;
import vn.loa.scheduler.store.AsyncStore;

/** Relay sources (admins) and relay slots (planners) on the wire, and the stream test. */
final class RelayRoutes {

    private final AsyncStore store;
    private final RelaySources sources;
    private final RelaySlots slots;

    RelayRoutes(AsyncStore store, RelaySources sources, RelaySlots slots) {
        this.store = store;
        this.sources = sources;
        this.slots = slots;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("listRelaySources").addHandler(rc -> store.blocking(() -> sources.list(Principals.caller(rc)))
                .onSuccess(list -> Respond.items(rc, list, RelayJson::source)).onFailure(rc::fail));
        routes.getRoute("createRelaySource").addHandler(rc -> {
            RelaySources.Draft draft = draftOf(rc.body().asJsonObject());
            store.blocking(() -> sources.create(Principals.caller(rc), draft))
                    .onSuccess(s -> Respond.json(rc, 201, RelayJson.source(s))).onFailure(rc::fail);
        });
        routes.getRoute("updateRelaySource").addHandler(rc -> {
            RelaySources.Draft draft = draftOf(rc.body().asJsonObject());
            store.blocking(() -> sources.update(Principals.caller(rc), id(rc), draft))
                    .onSuccess(s -> Respond.json(rc, 200, RelayJson.source(s))).onFailure(rc::fail);
        });
        routes.getRoute("retireRelaySource").addHandler(rc -> store.blocking(() -> {
            sources.retire(Principals.caller(rc), id(rc));
            return null;
        }).onSuccess(x -> Respond.noContent(rc)).onFailure(rc::fail));
        routes.getRoute("testRelayStream").addHandler(rc -> {
            String url = rc.body().asJsonObject().getString("url");
            store.blocking(() -> sources.test(url)).onSuccess(p -> Respond.json(rc, 200, RelayJson.probe(p))).onFailure(rc::fail);
        });

        routes.getRoute("listRelaySlots").addHandler(rc -> store.blocking(() -> slots.list(Principals.caller(rc)))
                .onSuccess(list -> Respond.items(rc, list, RelayJson::slot)).onFailure(rc::fail));
        routes.getRoute("createRelaySlot").addHandler(rc -> {
            RelaySlot draft = slotOf(rc.body().asJsonObject());
            store.blocking(() -> slots.create(Principals.caller(rc), draft))
                    .onSuccess(s -> Respond.json(rc, 201, RelayJson.slot(s))).onFailure(rc::fail);
        });
        routes.getRoute("endRelaySlot").addHandler(rc -> store.blocking(() -> {
            slots.end(Principals.caller(rc), id(rc));
            return null;
        }).onSuccess(x -> Respond.noContent(rc)).onFailure(rc::fail));
    }

    private static RelaySources.Draft draftOf(JsonObject b) {
        return new RelaySources.Draft(b.getString("owner_code"), b.getString("name"), b.getString("url"),
                b.getLong("fallback_program_id"), b.getBoolean("check_stream", true));
    }

    /** The schema has checked the shapes: the start is HH:MM, the weekdays MON…SUN or T2…CN. */
    private static RelaySlot slotOf(JsonObject b) {
        Set<DayOfWeek> days = Weekdays.parseAll(b.getJsonArray("weekdays", new JsonArray()));
        return new RelaySlot(0, b.getLong("source_id"), null, b.getString("scope_code"), b.getLong("station_id"), days,
                MinuteOfDay.parse(b.getString("start")).orElseThrow(), b.getInteger("duration_minutes"),
                DateText.day("first_day", b.getString("first_day"), null), DateText.day("last_day", b.getString("last_day"), null),
                null, null, null);
    }

    private static long id(RoutingContext rc) {
        return Long.parseLong(rc.pathParam("id"));
    }
}
