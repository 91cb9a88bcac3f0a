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
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.TextRules;
import vn.loa.scheduler.planning.NoticeSpec;
import vn.loa.scheduler.planning.SchedulePublisher;
import vn.loa.scheduler.programs.Program;
import vn.loa.scheduler.programs.ProgramStatus;
import vn.loa.scheduler.store.AsyncStore;

/**
 * Urgent notices (thông báo khẩn): storm, flood, epidemic. Issuing one re-plans and publishes at once,
 * so the affected stations' schedules hold it before the answer returns.
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

    void mount(RouterBuilder routes) {
        routes.getRoute("issueNotice").addHandler(this::issue);
    }

    private void issue(RoutingContext rc) {
        JsonObject b = rc.body().asJsonObject();
        Principal principal = Principals.of(rc);
        List<String> units = new ArrayList<>();
        b.getJsonArray("target_units", new JsonArray()).forEach(o -> units.add((String) o));
        List<Long> stations = new ArrayList<>();
        b.getJsonArray("target_stations", new JsonArray()).forEach(o -> stations.add(((Number) o).longValue()));
        String issuer = b.getString("issued_by_unit_code", Scope.listFilter(principal));
        NoticeSpec spec = new NoticeSpec(b.getString("title"), b.getLong("program_id"), issuer,
                Params.instant("air_at", b.getString("air_at"), null), b.getBoolean("override_windows", false),
                b.getInteger("repeat", 1), b.getInteger("interval_minutes", 0), units, stations);
        store.write(r -> {
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
            Instant now = clock.instant();
            long id = r.planning().insertNotice(spec, now);
            Audit.record(r, Principals.actor(rc), now, "notice.issue", "notice", String.valueOf(id), issuer, spec.title());
            return new JsonObject().put("id", id).put("title", spec.title()).put("program_id", spec.programId())
                    .put("issued_at", now.toString()).put("stations", r.planning().stationsOf(units, stations).size());
        }).compose(json -> store.blocking(publisher::publish).map(result -> json.put("published_changes", result.changed())))
                .onSuccess(json -> Respond.json(rc, 201, json)).onFailure(rc::fail);
    }
}
