package vn.loa.scheduler.http;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.OpenAPIRoute;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.programs.ProgramIngestion;
import vn.loa.scheduler.programs.ProgramLibrary;
import vn.loa.scheduler.programs.Upload;
import vn.loa.scheduler.store.AsyncStore;

/**
 * {@code POST /api/v1/programs}: a multipart upload, streamed to disk by the body handler (never held in
 * memory), answered at once with the program in status {@code processing}; ingest then runs on its own
 * bounded worker pool. The OpenAPI validator would read a multipart body into memory, so the fields are
 * checked by {@link ProgramLibrary#accept}.
 */
final class ProgramUploadRoute {

    static final String PATH = "/api/v1/programs";
    private static final Logger LOG = LoggerFactory.getLogger(ProgramUploadRoute.class);

    private final AsyncStore store;
    private final ProgramLibrary programs;
    private final ProgramIngestion ingestion;
    private final WorkerExecutor ingestWorkers;

    ProgramUploadRoute(AsyncStore store, ProgramLibrary programs, ProgramIngestion ingestion, WorkerExecutor ingestWorkers) {
        this.store = store;
        this.programs = programs;
        this.ingestion = ingestion;
        this.ingestWorkers = ingestWorkers;
    }

    void mount(OpenAPIRoute route) {
        route.setDoValidation(false);
        route.addHandler(this::upload);
    }

    private void upload(RoutingContext rc) {
        String type = rc.request().getHeader("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            rc.fail(new ApiRefusal(new ApiError(415, "unsupported_media_type",
                    "Hãy gửi chương trình dạng multipart/form-data, tệp trong trường 'file'.",
                    "Send the program as multipart/form-data with the audio in the 'file' field.", new JsonObject())));
            return;
        }
        Caller caller = Principals.caller(rc);
        List<Upload.File> files = rc.fileUploads().stream().map(ProgramUploadRoute::file).toList();
        Upload upload = new Upload(form(rc, "title"), form(rc, "topic"), form(rc, "language"), form(rc, "kind"),
                form(rc, "duration_waiver"), form(rc, "producing_unit_code"), files);
        store.blocking(() -> programs.accept(caller, upload)).onSuccess(accepted -> {
            Respond.json(rc, 202, ProgramJson.toJson(accepted.program(), programs.loudnessTarget()));
            ingestWorkers.executeBlocking(() -> ingestion.process(accepted.program().id(), accepted.source(), caller.actor()), true)
                    .onFailure(e -> LOG.error("[ingest] program {} was not processed", accepted.program().id(), e));
        }).onFailure(rc::fail);
    }

    private static Upload.File file(FileUpload f) {
        return new Upload.File(f.name(), f.fileName(), Path.of(f.uploadedFileName()), f.size());
    }

    /** A form field; blank counts as not sent. */
    private static String form(RoutingContext rc, String name) {
        String value = rc.request().getFormAttribute(name);
        return value == null || value.isBlank() ? null : value;
    }
}
