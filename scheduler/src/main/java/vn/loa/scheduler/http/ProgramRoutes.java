package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.util.Locale;
import vn.loa.media.Ingest;
import vn.loa.scheduler.domain.programs.ProgramDetails;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.programs.ProgramIngestion;
import vn.loa.scheduler.programs.ProgramLibrary;
import vn.loa.scheduler.store.AsyncStore;

/** The program library on the wire: parse, call {@link ProgramLibrary}, render. */
final class ProgramRoutes {

    private final AsyncStore store;
    private final ProgramLibrary programs;
    private final ProgramIngestion ingestion;

    ProgramRoutes(AsyncStore store, ProgramLibrary programs, ProgramIngestion ingestion) {
        this.store = store;
        this.programs = programs;
        this.ingestion = ingestion;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("listPrograms").addHandler(rc -> {
            ProgramStatus status = ProgramStatus.fromWire(rc.queryParams().get("status")).orElse(null);
            String query = rc.queryParams().get("q");
            store.blocking(() -> programs.list(Principals.caller(rc), status, query))
                    .onSuccess(list -> Respond.items(rc, list, p -> ProgramJson.toJson(p, programs.loudnessTarget()))).onFailure(rc::fail);
        });
        routes.getRoute("getProgram").addHandler(rc -> store.blocking(() -> programs.read(Principals.caller(rc), id(rc)))
                .onSuccess(p -> {
                    JsonObject json = ProgramJson.toJson(p, programs.loudnessTarget());
                    // the step of the processing, so the upload's page says more than "processing" for 20 s
                    Ingest.Stage stage = ingestion.stageOf(p.id());
                    if (stage != null) {
                        json.put("processing_stage", stage.name().toLowerCase(Locale.ROOT));
                    }
                    Respond.json(rc, 200, json);
                }).onFailure(rc::fail));
        routes.getRoute("updateProgram").addHandler(rc -> {
            JsonObject body = rc.body().asJsonObject();
            store.blocking(() -> programs.edit(Principals.caller(rc), id(rc), before -> edited(before, body)))
                    .onSuccess(p -> Respond.json(rc, 200, ProgramJson.toJson(p, programs.loudnessTarget()))).onFailure(rc::fail);
        });
        routes.getRoute("approveProgram").addHandler(rc -> store.blocking(() -> programs.approve(Principals.caller(rc), id(rc)))
                .onSuccess(p -> Respond.json(rc, 200, ProgramJson.toJson(p, programs.loudnessTarget()))).onFailure(rc::fail));
        routes.getRoute("retireProgram").addHandler(rc -> store.blocking(() -> programs.retire(Principals.caller(rc), id(rc)))
                .onSuccess(p -> Respond.json(rc, 200, ProgramJson.toJson(p, programs.loudnessTarget()))).onFailure(rc::fail));
        routes.getRoute("deleteProgram").addHandler(rc -> store.blocking(() -> {
            programs.delete(Principals.caller(rc), id(rc));
            return null;
        }).onSuccess(x -> Respond.noContent(rc)).onFailure(rc::fail));
    }

    private static long id(RoutingContext rc) {
        return Long.parseLong(rc.pathParam("id"));
    }

    /** A field left out keeps its value; a field sent as null clears it (topic, validity). */
    private static ProgramDetails edited(ProgramDetails before, JsonObject body) {
        return new ProgramDetails(body.getString("title", before.title()),
                body.containsKey("topic") ? body.getString("topic") : before.topic(),
                body.getString("language", before.language()),
                body.containsKey("valid_from") ? body.getString("valid_from") : before.validFrom(),
                body.containsKey("valid_to") ? body.getString("valid_to") : before.validTo());
    }
}
