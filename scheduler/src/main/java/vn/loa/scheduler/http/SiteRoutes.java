package vn.loa.scheduler.http;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.LocalDate;
import vn.loa.scheduler.domain.DateText;
import vn.loa.scheduler.domain.SiteSpec;
import vn.loa.scheduler.registry.Sites;
import vn.loa.scheduler.store.AsyncStore;

/** A station's sites on the wire: list with coverage, add, retire, delete. */
final class SiteRoutes {

    private final AsyncStore store;
    private final Sites sites;

    SiteRoutes(AsyncStore store, Sites sites) {
        this.store = store;
        this.sites = sites;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("listSites").addHandler(rc -> {
            LocalDate from = DateText.day("from", rc.queryParams().get("from"), null);
            LocalDate to = DateText.day("to", rc.queryParams().get("to"), null);
            String program = rc.queryParams().get("program_id");
            Long programId = program == null ? null : Long.valueOf(program);
            store.blocking(() -> sites.list(Principals.caller(rc), id(rc), from, to, programId))
                    .onSuccess(listing -> Respond.json(rc, 200, SiteJson.listing(listing))).onFailure(rc::fail);
        });
        routes.getRoute("createSite").addHandler(rc -> {
            SiteSpec spec = SiteJson.fromJson(rc.body().asJsonObject());
            store.blocking(() -> sites.create(Principals.caller(rc), id(rc), spec))
                    .onSuccess(site -> Respond.json(rc, 201, SiteJson.toJson(site))).onFailure(rc::fail);
        });
        routes.getRoute("updateSite").addHandler(rc -> {
            SiteSpec spec = SiteJson.fromJson(rc.body().asJsonObject());
            store.blocking(() -> sites.update(Principals.caller(rc), id(rc), siteId(rc), spec))
                    .onSuccess(site -> Respond.json(rc, 200, SiteJson.toJson(site))).onFailure(rc::fail);
        });
        routes.getRoute("retireSite").addHandler(rc -> store.blocking(() -> sites.retire(Principals.caller(rc), id(rc),
                        siteId(rc)))
                .onSuccess(site -> Respond.json(rc, 200, SiteJson.toJson(site))).onFailure(rc::fail));
        routes.getRoute("deleteSite").addHandler(rc -> store.blocking(() -> {
            sites.delete(Principals.caller(rc), id(rc), siteId(rc));
            return null;
        }).onSuccess(x -> Respond.noContent(rc)).onFailure(rc::fail));
    }

    static long id(RoutingContext rc) {
        return Long.parseLong(rc.pathParam("id"));
    }

    static long siteId(RoutingContext rc) {
        return Long.parseLong(rc.pathParam("siteId"));
    }

}
