package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.OpenAPIRoute;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import vn.loa.scheduler.access.Actor;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.imports.ImportResult;
import vn.loa.scheduler.imports.ImportScope;
import vn.loa.scheduler.imports.OrgUnitImport;
import vn.loa.scheduler.imports.StationImport;
import vn.loa.scheduler.store.AsyncStore;
import vn.loa.scheduler.store.Repositories;

import vn.loa.scheduler.access.Scope;
/**
 * CSV imports of org units and stations, each in one transaction: a file with any bad row (including
 * a row outside the importer's scope) imports nothing. The OpenAPI validator cannot read
 * {@code text/csv}, so these routes check their content type here and the CSV itself in {@code imports}.
 */
final class ImportRoutes {

    private static final Set<String> ACCEPTED_TYPES = Set.of("text/csv", "text/plain", "application/octet-stream",
            "application/vnd.ms-excel");

    @FunctionalInterface
    private interface Importer {
        ImportResult apply(Repositories r, byte[] csv, Instant now, ImportScope scope);
    }

    private final AsyncStore store;
    private final Clock clock;

    ImportRoutes(AsyncStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void mount(RouterBuilder routes) {
        mount(routes.getRoute("importOrgUnits"), "org_unit.import", OrgUnitImport::apply);
        mount(routes.getRoute("importStations"), "station.import", StationImport::apply);
    }

    private void mount(OpenAPIRoute route, String action, Importer importer) {
        route.setDoValidation(false);
        route.addHandler(rc -> {
            if (!acceptedType(rc)) {
                rc.fail(new ApiRefusal(new ApiError(415, "unsupported_media_type",
                        "Hãy gửi tệp CSV với Content-Type: text/csv.",
                        "Send the CSV file with Content-Type: text/csv.",
                        new JsonObject().put("accepted", ACCEPTED_TYPES.stream().sorted().toList()))));
                return;
            }
            byte[] csv = rc.body().buffer() == null ? new byte[0] : rc.body().buffer().getBytes();
            Principal principal = Principals.of(rc);
            Actor actor = Principals.actor(rc);
            store.write(r -> {
                Instant now = clock.instant();
                ImportScope scope = unit -> unit == null ? Scope.listFilter(principal) == null
                        : Scope.covers(r, principal, unit);
                ImportResult result = importer.apply(r, csv, now, scope);
                Audit.record(r, actor, now, action, "import", null, Scope.listFilter(principal),
                        result.toJson().encode());
                return result;
            })
                    .onSuccess(result -> Respond.json(rc, 200, result.toJson()))
                    .onFailure(rc::fail);
        });
    }

    private static boolean acceptedType(RoutingContext rc) {
        String type = rc.request().getHeader("Content-Type");
        if (type == null) {
            return false;
        }
        String bare = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return ACCEPTED_TYPES.contains(bare);
    }
}
