package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Instant;
import java.util.List;
import vn.loa.scheduler.access.AuditLog;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.domain.DateText;
import vn.loa.scheduler.domain.access.AuditEntry;
import vn.loa.scheduler.store.AsyncStore;

/** The audit log, newest first, for admins and supervisors, limited to their scope. */
final class AuditRoutes {

    private static final int DEFAULT_LIMIT = 100;

    private final AsyncStore store;
    private final AuditLog auditLog;

    AuditRoutes(AsyncStore store, AuditLog auditLog) {
        this.store = store;
        this.auditLog = auditLog;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("listAudit").addHandler(this::list);
    }

    private void list(RoutingContext rc) {
        Caller caller = Principals.caller(rc);
        Instant from = DateText.instant("from", rc.queryParams().get("from"), Instant.EPOCH);
        Instant to = DateText.instant("to", rc.queryParams().get("to"), Instant.parse("9999-12-31T00:00:00Z"));
        String before = rc.queryParams().get("before_id");
        Long beforeId = before == null ? null : Long.valueOf(before);
        String limitText = rc.queryParams().get("limit");
        int limit = limitText == null ? DEFAULT_LIMIT : Integer.parseInt(limitText);
        store.blocking(() -> auditLog.list(caller, from, to, beforeId, limit))
                .onSuccess(entries -> Respond.json(rc, 200, page(entries, limit)))
                .onFailure(rc::fail);
    }

    private static JsonObject page(List<AuditEntry> entries, int limit) {
        JsonArray items = new JsonArray();
        for (AuditEntry e : entries) {
            items.add(new JsonObject().put("id", e.id()).put("at", e.at().toString()).put("actor_kind", e.actorKind())
                    .put("actor_id", e.actorId()).put("actor_name", e.actorName()).put("action", e.action())
                    .put("object_type", e.objectType()).put("object_id", e.objectId())
                    .put("org_unit_code", e.orgUnitCode()).put("summary", e.summary())
                    .put("remote_address", e.remoteAddress()));
        }
        Long next = entries.size() == limit && !entries.isEmpty() ? entries.get(entries.size() - 1).id() : null;
        return new JsonObject().put("items", items).put("next_before_id", next);
    }
}
