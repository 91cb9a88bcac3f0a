package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.domain.NoticeHeader;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.TextRules;
import vn.loa.scheduler.planning.NoticeSpec;
import vn.loa.scheduler.publishing.SchedulePublisher;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.store.AsyncStore;

import vn.loa.scheduler.access.Scope;
/**
 * Urgent notices (thông báo khẩn): storm, flood, epidemic. Issuing one re-plans and publishes at once,
 * so the affected stations' schedules hold it before the answer returns. A notice can be followed
 * (received, aired, missed, per station) and cancelled: its airings not over yet are withdrawn and an
 * agent airing it stops. Before and after issuing, the stations that cannot air it are named.
 */
final class NoticeRoutes {

    private final AsyncStore store;
    private final SchedulePublisher publisher;
    private final Clock clock;

    NoticeRoutes(AsyncStore store, SchedulePublisher publisher, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
    }

    static final String CANCELLED = "Thông báo đã bị huỷ / the notice was cancelled";
    private static final int DEFAULT_LIST_DAYS = 7;

    void mount(RouterBuilder routes) {
        routes.getRoute("issueNotice").addHandler(this::issue);
        routes.getRoute("previewNotice").addHandler(this::preview);
        routes.getRoute("listNotices").addHandler(this::list);
        routes.getRoute("getNotice").addHandler(this::get);
        routes.getRoute("cancelNotice").addHandler(this::cancel);
    }

    private void list(RoutingContext rc) {
        Principal principal = Principals.of(rc);
        java.time.ZoneId zone = java.time.ZoneId.of(vn.loa.scheduler.domain.StationSpec.DEFAULT_TIME_ZONE);
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), zone);
        java.time.LocalDate to = Params.day("to", rc.queryParams().get("to"), today);
        java.time.LocalDate from = Params.day("from", rc.queryParams().get("from"), to.minusDays(DEFAULT_LIST_DAYS - 1));
        String scope = Scope.listFilter(principal);
        store.read(r -> {
            JsonArray items = new JsonArray();
            for (NoticeHeader n : r.notices().list(scope, from.atStartOfDay(zone).toInstant(),
                    to.plusDays(1).atStartOfDay(zone).toInstant())) {
                items.add(NoticeJson.withProgress(n, r.notices().airings(n.id(), scope), false));
            }
            return new JsonObject().put("from", from.toString()).put("to", to.toString()).put("items", items);
        }).onSuccess(body -> Respond.json(rc, 200, body)).onFailure(rc::fail);
    }

    private void get(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        Principal principal = Principals.of(rc);
        String scope = Scope.listFilter(principal);
        store.read(r -> {
            NoticeHeader n = find(r, id);
            // like a campaign: read in the issuer's subtree, and below it (a commune reads its province's notices)
            Scope.requireReadable(r, principal, n.issuedByUnitCode());
            return NoticeJson.withProgress(n, r.notices().airings(id, scope), true);
        }).onSuccess(body -> Respond.json(rc, 200, body)).onFailure(rc::fail);
    }

    private void cancel(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        Principal principal = Principals.of(rc);
        store.write(r -> {
            NoticeHeader n = find(r, id);
            Scope.requireUnit(r, principal, n.issuedByUnitCode());
            if (n.cancelledAt() != null) {
                throw new DomainException(DomainException.Kind.CONFLICT, "notice_cancelled", "Thông báo này đã được huỷ trước đó.",
                        "This notice was already cancelled.", new JsonObject());
            }
            Instant now = clock.instant();
            java.util.Set<Long> stations = r.planning().withdrawNotice(id, now, CANCELLED);
            if (stations.isEmpty()) {
                throw new DomainException(DomainException.Kind.CONFLICT, "notice_finished",
                        "Thông báo đã phát xong hoặc đã qua giờ phát: không còn lượt nào để huỷ.",
                        "The notice has finished airing: there is nothing left to cancel.", new JsonObject());
            }
            String by = principal instanceof Principal.User u ? u.username() : null;
            r.planning().cancelNotice(id, now, by);
            Audit.record(r, Principals.actor(rc), now, "notice.cancel", "notice", String.valueOf(id), n.issuedByUnitCode(),
                    n.title() + " (" + stations.size() + " đài / stations)");
            return new JsonObject().put("id", id).put("cancelled_at", now.toString()).put("stations", stations.size());
        }).compose(json -> store.blocking(publisher::publish).map(result -> json))
                .onSuccess(json -> Respond.json(rc, 200, json)).onFailure(rc::fail);
    }

    private static NoticeHeader find(vn.loa.scheduler.store.Repositories r, long id) {
        return r.notices().find(id).orElseThrow(() -> DomainException.notFound("thông báo khẩn", "Urgent notice",
                String.valueOf(id)));
    }

    /** What issuing would reach, without issuing: the confirmation step shows it. */
    private void preview(RoutingContext rc) {
        NoticeSpec spec = spec(rc);
        Principal principal = Principals.of(rc);
        store.read(r -> {
            check(r, principal, spec);
            java.util.Set<Long> stations = r.planning().stationsOf(spec.targetUnits(), spec.targetStations());
            int[] reach = r.notices().reach(stations);
            return new JsonObject().put("stations", stations.size()).put("never_connected", reach[0]).put("silent", reach[1])
                    .put("warnings", NoticeJson.warnings(stations.size(), reach[0], reach[1]));
        }).onSuccess(body -> Respond.json(rc, 200, body)).onFailure(rc::fail);
    }

    private NoticeSpec spec(RoutingContext rc) {
        JsonObject b = rc.body().asJsonObject();
        Principal principal = Principals.of(rc);
        List<String> units = new ArrayList<>();
        b.getJsonArray("target_units", new JsonArray()).forEach(o -> units.add((String) o));
        List<Long> stations = new ArrayList<>();
        b.getJsonArray("target_stations", new JsonArray()).forEach(o -> stations.add(((Number) o).longValue()));
        String issuer = b.getString("issued_by_unit_code", Scope.listFilter(principal));
        return new NoticeSpec(b.getString("title"), b.getLong("program_id"), issuer,
                Params.instant("air_at", b.getString("air_at"), null), b.getBoolean("override_windows", false),
                b.getInteger("repeat", 1), b.getInteger("interval_minutes", 0), units, stations);
    }

    private void issue(RoutingContext rc) {
        NoticeSpec spec = spec(rc);
        Principal principal = Principals.of(rc);
        store.write(r -> {
            check(r, principal, spec);
            Instant now = clock.instant();
            long id = r.planning().insertNotice(spec, now);
            Audit.record(r, Principals.actor(rc), now, "notice.issue", "notice", String.valueOf(id), spec.issuedByUnitCode(),
                    spec.title());
            java.util.Set<Long> stations = r.planning().stationsOf(spec.targetUnits(), spec.targetStations());
            int[] reach = r.notices().reach(stations);
            return new JsonObject().put("id", id).put("title", spec.title()).put("program_id", spec.programId())
                    .put("issued_at", now.toString()).put("stations", stations.size())
                    .put("warnings", NoticeJson.warnings(stations.size(), reach[0], reach[1]));
        }).compose(json -> store.blocking(publisher::publish).map(result -> json.put("published_changes", result.changed())))
                .onSuccess(json -> Respond.json(rc, 201, json)).onFailure(rc::fail);
    }

    /** Title, program, targets and issuer make sense, and all lie in the caller's scope. */
    private static void check(vn.loa.scheduler.store.Repositories r, Principal principal, NoticeSpec spec) {
        List<String> units = spec.targetUnits();
        List<Long> stations = spec.targetStations();
        String issuer = spec.issuedByUnitCode();
        Problems problems = new Problems();
        TextRules.checkName("title", spec.title(), 200, problems);
        Program program = r.programs().find(spec.programId()).orElse(null);
        if (program == null || (program.status() != ProgramStatus.APPROVED && program.status() != ProgramStatus.READY)) {
            problems.add("program_id", "Chương trình #" + spec.programId() + " không tồn tại hoặc chưa xử lý xong.",
                    "Program #" + spec.programId() + " does not exist or is not processed yet.");
        }
        if (units.isEmpty() && stations.isEmpty()) {
            problems.add("target_units", "Hãy chọn đơn vị hoặc đài nhận thông báo.", "Choose the target units or stations.");
        }
        if (issuer == null || r.orgUnits().findByCode(issuer).isEmpty()) {
            problems.add("issued_by_unit_code", "Hãy chọn đơn vị ban hành.", "Choose the issuing unit.");
        }
        problems.throwIfAny("Thông báo khẩn", "The urgent notice");
        Scope.requireUnit(r, principal, issuer);
        units.forEach(code -> Scope.requireUnit(r, principal, code));
        for (long id : stations) {
            Scope.requireStation(r, principal, r.stations().find(id).orElseThrow(() ->
                    DomainException.notFound("đài truyền thanh", "Station", String.valueOf(id))));
        }
    }
}
