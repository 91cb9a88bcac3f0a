package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Clock;
import java.time.Instant;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.TextRules;
import vn.loa.scheduler.planning.CampaignRecord;
import vn.loa.scheduler.planning.CampaignSpec;
import vn.loa.scheduler.publishing.Feasibility;
import vn.loa.scheduler.publishing.SchedulePublisher;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.store.AsyncStore;
import vn.loa.scheduler.store.Repositories;

import vn.loa.scheduler.access.Scope;
/**
 * Campaigns (kế hoạch phát sóng): drafted, checked with the feasibility report, published (which plans
 * and publishes the horizon at once), changed, closed. Planners and admins of the owner's scope.
 */
final class CampaignRoutes {

    private final AsyncStore store;
    private final SchedulePublisher publisher;
    private final Clock clock;

    CampaignRoutes(AsyncStore store, SchedulePublisher publisher, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("listCampaigns").addHandler(rc -> store.read(r -> r.planning().listCampaigns(Scope.listFilter(Principals.of(rc))))
                .onSuccess(list -> Respond.items(rc, list, CampaignJson::toJson)).onFailure(rc::fail));
        routes.getRoute("createCampaign").addHandler(this::create);
        routes.getRoute("getCampaign").addHandler(rc -> store.read(r -> withProgramTitles(r, readable(r, rc)))
                .onSuccess(json -> Respond.json(rc, 200, json)).onFailure(rc::fail));
        routes.getRoute("updateCampaign").addHandler(this::update);
        routes.getRoute("publishCampaign").addHandler(rc -> status(rc, "active", "campaign.publish"));
        routes.getRoute("closeCampaign").addHandler(rc -> status(rc, "closed", "campaign.close"));
        routes.getRoute("getCampaignFeasibility").addHandler(this::feasibility);
    }

    private void create(RoutingContext rc) {
        CampaignSpec spec = CampaignJson.fromJson(rc.body().asJsonObject());
        Principal principal = Principals.of(rc);
        store.write(r -> {
            check(r, principal, spec);
            Instant now = clock.instant();
            CampaignRecord c = r.planning().insertCampaign(spec, "draft", now);
            Audit.record(r, Principals.actor(rc), now, "campaign.create", "campaign", String.valueOf(c.id()),
                    spec.ownerUnitCode(), CampaignJson.toJson(c).encode());
            return c;
        }).onSuccess(c -> Respond.json(rc, 201, CampaignJson.toJson(c))).onFailure(rc::fail);
    }

    private void update(RoutingContext rc) {
        CampaignSpec spec = CampaignJson.fromJson(rc.body().asJsonObject());
        Principal principal = Principals.of(rc);
        long id = Long.parseLong(rc.pathParam("id"));
        store.write(r -> {
            CampaignRecord before = writable(r, principal, id);
            check(r, principal, spec);
            Instant now = clock.instant();
            r.planning().updateCampaign(id, spec, now);
            Audit.record(r, Principals.actor(rc), now, "campaign.update", "campaign", String.valueOf(id),
                    spec.ownerUnitCode(), new JsonObject().put("before", CampaignJson.toJson(before)).encode());
            return r.planning().findCampaign(id).orElseThrow();
        }).compose(c -> "active".equals(c.status()) ? store.blocking(publisher::publish).map(x -> c) : io.vertx.core.Future.succeededFuture(c))
                .onSuccess(c -> Respond.json(rc, 200, CampaignJson.toJson(c))).onFailure(rc::fail);
    }

    private void status(RoutingContext rc, String status, String action) {
        Principal principal = Principals.of(rc);
        long id = Long.parseLong(rc.pathParam("id"));
        store.write(r -> {
            CampaignRecord before = writable(r, principal, id);
            if ("closed".equals(before.status())) {
                throw new DomainException(DomainException.Kind.CONFLICT, "campaign_closed",
                        "Kế hoạch đã kết thúc; hãy tạo kế hoạch mới.", "The campaign is closed; create a new one.", new JsonObject());
            }
            Instant now = clock.instant();
            r.planning().setCampaignStatus(id, status, now);
            Audit.record(r, Principals.actor(rc), now, action, "campaign", String.valueOf(id), before.spec().ownerUnitCode(),
                    before.status() + " -> " + status);
            return r.planning().findCampaign(id).orElseThrow();
        }).compose(c -> store.blocking(publisher::publish).map(result -> CampaignJson.toJson(c)
                        .put("published", new JsonObject().put("station_days", result.stationDays())
                                .put("changed", result.changed()).put("items", result.items()))))
                .onSuccess(json -> Respond.json(rc, 200, json)).onFailure(rc::fail);
    }

    private void feasibility(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        store.read(r -> {
            CampaignRecord c = readable(r, rc);
            return new Object[] {c, r.planning().stationsOf(c.spec().targetUnits(), c.spec().targetStations())};
        }).compose(found -> store.blocking(() -> Feasibility.report(id, publisher.input(), (CampaignRecord) found[0],
                        castSet(found[1]))))
                .onSuccess(report -> Respond.json(rc, 200, report)).onFailure(rc::fail);
    }

    @SuppressWarnings("unchecked")
    private static java.util.Set<Long> castSet(Object o) {
        return (java.util.Set<Long>) o;
    }

    private static CampaignRecord readable(Repositories r, RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        CampaignRecord c = find(r, id);
        Scope.requireReadable(r, Principals.of(rc), c.spec().ownerUnitCode());
        return c;
    }

    private static CampaignRecord writable(Repositories r, Principal principal, long id) {
        CampaignRecord c = find(r, id);
        Scope.requireUnit(r, principal, c.spec().ownerUnitCode());
        return c;
    }

    private static CampaignRecord find(Repositories r, long id) {
        return r.planning().findCampaign(id).orElseThrow(() -> DomainException.notFound("kế hoạch phát sóng", "Campaign",
                String.valueOf(id)));
    }

    /** Owner and targets in the caller's scope; programs exist and are approved; the period makes sense. */
    private static void check(Repositories r, Principal principal, CampaignSpec spec) {
        Problems problems = new Problems();
        TextRules.checkName("name", spec.name(), 200, problems);
        if (spec.to().isBefore(spec.from())) {
            problems.add("period_end", "Ngày kết thúc phải từ ngày bắt đầu trở đi.", "period_end must not be before period_start.");
        }
        for (long id : spec.programIds()) {
            Program p = r.programs().find(id).orElse(null);
            if (p == null || p.status() != ProgramStatus.APPROVED) {
                problems.add("program_ids", "Chương trình #" + id + " không tồn tại hoặc chưa được duyệt.",
                        "Program #" + id + " does not exist or is not approved.");
            }
        }
        if (spec.targetUnits().isEmpty() && spec.targetStations().isEmpty()) {
            problems.add("target_units", "Hãy chọn đơn vị hoặc đài được phát.", "Choose the target units or stations.");
        }
        for (String code : spec.targetUnits()) {
            if (r.orgUnits().findByCode(code).isEmpty()) {
                problems.add("target_units", "Không có đơn vị '" + code + "'.", "There is no unit '" + code + "'.");
            }
        }
        if (r.orgUnits().findByCode(spec.ownerUnitCode()).isEmpty()) {
            problems.add("owner_unit_code", "Không có đơn vị '" + spec.ownerUnitCode() + "'.", "There is no unit '"
                    + spec.ownerUnitCode() + "'.");
        }
        problems.throwIfAny("Kế hoạch phát sóng", "The campaign");
        Scope.requireUnit(r, principal, spec.ownerUnitCode());
        spec.targetUnits().forEach(code -> Scope.requireUnit(r, principal, code));
        for (long stationId : spec.targetStations()) {
            Scope.requireStation(r, principal, r.stations().find(stationId).orElseThrow(() ->
                    DomainException.notFound("đài truyền thanh", "Station", String.valueOf(stationId))));
        }
    }

    /**
     * The campaign with its programs' titles: a district planner reads a province campaign whose programs
     * another district produced, which their own program list does not show.
     */
    private static JsonObject withProgramTitles(Repositories r, CampaignRecord c) {
        JsonArray programs = new JsonArray();
        for (long id : c.spec().programIds()) {
            programs.add(new JsonObject().put("id", id).put("title", r.programs().find(id).map(Program::title).orElse(null)));
        }
        return CampaignJson.toJson(c).put("programs", programs);
    }
}
