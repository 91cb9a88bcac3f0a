package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.OpenAPIRoute;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.imports.ImportResult;
import vn.loa.scheduler.imports.Imports;
import vn.loa.scheduler.store.AsyncStore;

/**
 * CSV imports of org units and stations, each in one transaction: a file with any bad row (including
 * a row outside the importer's scope) imports nothing. The OpenAPI validator cannot read
 * {@code text/csv}, so these routes check their content type here and the CSV itself in {@code imports}.
 */
final class ImportRoutes {

    private static final Set<String> ACCEPTED_TYPES = Set.of("text/csv", "text/plain", "application/octet-stream",
            "application/vnd.ms-excel");

    private final AsyncStore store;
    private final Imports imports;

    ImportRoutes(AsyncStore store, Imports imports) {
        this.store = store;
        this.imports = imports;
    }

    void mount(RouterBuilder routes) {
        mount(routes.getRoute("importOrgUnits"), imports::orgUnits);
        mount(routes.getRoute("importStations"), imports::stations);
        mount(routes.getRoute("importPlanningGroups"), imports::planningGroups);
    }

    private void mount(OpenAPIRoute route, BiFunction<Caller, byte[], ImportResult> importer) {
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
            Caller caller = Principals.caller(rc);
            store.blocking(() -> importer.apply(caller, csv))
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
