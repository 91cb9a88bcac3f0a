package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.domain.NoticeReach;
import vn.loa.scheduler.notices.Notices;
import vn.loa.scheduler.planning.NoticeSpec;
import vn.loa.scheduler.store.AsyncStore;

import vn.loa.scheduler.domain.DateText;
/** Urgent notices (thông báo khẩn) on the wire: parse, call {@link Notices}, render. */
final class NoticeRoutes {

    private static final int DEFAULT_LIST_DAYS = 7;

    private final AsyncStore store;
    private final Notices notices;

    NoticeRoutes(AsyncStore store, Notices notices) {
        this.store = store;
        this.notices = notices;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("issueNotice").addHandler(this::issue);
        routes.getRoute("previewNotice").addHandler(this::preview);
        routes.getRoute("listNotices").addHandler(this::list);
        routes.getRoute("getNotice").addHandler(rc -> store.blocking(() -> notices.read(Principals.caller(rc), id(rc)))
                .onSuccess(p -> Respond.json(rc, 200, NoticeJson.withProgress(p.notice(), p.airings(), true)))
                .onFailure(rc::fail));
        routes.getRoute("cancelNotice").addHandler(rc -> store.blocking(() -> notices.cancel(Principals.caller(rc), id(rc)))
                .onSuccess(c -> Respond.json(rc, 200, new JsonObject().put("id", c.id())
                        .put("cancelled_at", c.cancelledAt().toString()).put("stations", c.stations())))
                .onFailure(rc::fail));
    }

    private static long id(RoutingContext rc) {
        return Long.parseLong(rc.pathParam("id"));
    }

    private void list(RoutingContext rc) {
        LocalDate to = DateText.day("to", rc.queryParams().get("to"), notices.today());
        LocalDate from = DateText.day("from", rc.queryParams().get("from"), to.minusDays(DEFAULT_LIST_DAYS - 1));
        store.blocking(() -> notices.list(Principals.caller(rc), from, to)).onSuccess(list -> {
            JsonArray items = new JsonArray();
            list.forEach(p -> items.add(NoticeJson.withProgress(p.notice(), p.airings(), false)));
            Respond.json(rc, 200, new JsonObject().put("from", from.toString()).put("to", to.toString()).put("items", items));
        }).onFailure(rc::fail);
    }

    private void preview(RoutingContext rc) {
        Caller caller = Principals.caller(rc);
        NoticeSpec spec = spec(rc, caller);
        store.blocking(() -> notices.preview(caller, spec)).onSuccess(reach -> Respond.json(rc, 200, new JsonObject()
                .put("stations", reach.stations()).put("never_connected", reach.neverConnected())
                .put("silent", reach.silent()).put("warnings", warnings(reach)))).onFailure(rc::fail);
    }

    private void issue(RoutingContext rc) {
        Caller caller = Principals.caller(rc);
        NoticeSpec spec = spec(rc, caller);
        store.blocking(() -> notices.issue(caller, spec)).onSuccess(issued -> Respond.json(rc, 201, new JsonObject()
                .put("id", issued.id()).put("title", spec.title()).put("program_id", spec.programId())
                .put("issued_at", issued.issuedAt().toString()).put("stations", issued.reach().stations())
                .put("warnings", warnings(issued.reach())).put("published_changes", issued.published().changed())))
                .onFailure(rc::fail);
    }

    private static JsonArray warnings(NoticeReach reach) {
        return NoticeJson.warnings(reach.stations(), reach.neverConnected(), reach.silent());
    }

    private static NoticeSpec spec(RoutingContext rc, Caller caller) {
        JsonObject b = rc.body().asJsonObject();
        List<String> units = new ArrayList<>();
        b.getJsonArray("target_units", new JsonArray()).forEach(o -> units.add((String) o));
        List<Long> stations = new ArrayList<>();
        b.getJsonArray("target_stations", new JsonArray()).forEach(o -> stations.add(((Number) o).longValue()));
        String issuer = b.getString("issued_by_unit_code", caller.listFilter());
        return new NoticeSpec(b.getString("title"), b.getLong("program_id"), issuer,
                DateText.instant("air_at", b.getString("air_at"), null), b.getBoolean("override_windows", false),
                b.getInteger("repeat", 1), b.getInteger("interval_minutes", 0), units, stations);
    }
}
