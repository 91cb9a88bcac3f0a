package vn.loa.scheduler.http;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.OpenAPIRoute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.access.Actor;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.TextRules;
import vn.loa.scheduler.domain.programs.NewProgram;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.programs.ProgramIngestion;
import vn.loa.scheduler.store.AsyncStore;

import vn.loa.scheduler.access.Scope;
/**
 * {@code POST /api/v1/programs}: a multipart upload, streamed to disk by the body handler (never held in
 * memory), answered at once with the program in status {@code processing}; ingest then runs on its own
 * bounded worker pool. The OpenAPI validator would read a multipart body into memory, so this route
 * checks its fields itself.
 */
final class ProgramUploadRoute {

    static final String PATH = "/api/v1/programs";
    private static final Logger LOG = LoggerFactory.getLogger(ProgramUploadRoute.class);

    private final AsyncStore store;
    private final ProgramIngestion ingestion;
    private final WorkerExecutor ingestWorkers;
    private final Path holding;
    private final Clock clock;

    ProgramUploadRoute(AsyncStore store, ProgramIngestion ingestion, WorkerExecutor ingestWorkers, Path holding, Clock clock) {
        this.store = store;
        this.ingestion = ingestion;
        this.ingestWorkers = ingestWorkers;
        this.holding = holding;
        this.clock = clock;
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
        Principal principal = Principals.of(rc);
        Actor actor = Principals.actor(rc);
        List<FileUpload> files = rc.fileUploads();
        String scope = Scope.listFilter(principal);
        String unit = form(rc, "producing_unit_code", scope);
        String waiver = form(rc, "duration_waiver", null);
        Problems problems = new Problems();
        String title = form(rc, "title", files.isEmpty() ? null : stripExtension(files.get(0).fileName()));
        TextRules.checkName("title", title, 200, problems);
        String topic = form(rc, "topic", null);
        if (topic != null) {
            TextRules.checkName("topic", topic, 200, problems);
        }
        String language = form(rc, "language", "vi");
        if (!language.matches("[a-z]{2,3}")) {
            problems.add("language", "Mã ngôn ngữ phải là mã ISO 639 như vi, tyz, hnj.", "Language must be an ISO 639 code.");
        }
        String kind = form(rc, "kind", "program");
        if (!kind.equals("program") && !kind.equals("urgent_notice")) {
            problems.add("kind", "Loại phải là program hoặc urgent_notice.", "Kind must be program or urgent_notice.");
        }
        if (waiver != null && (waiver.strip().length() < 10 || waiver.length() > 500 || TextRules.hasControlCharacters(waiver))) {
            problems.add("duration_waiver", "Lý do miễn quy định thời lượng cần ghi rõ (10–500 ký tự).",
                    "A duration waiver needs a written reason (10–500 characters).");
        }
        if (unit == null) {
            problems.add("producing_unit_code", "Hãy chọn đơn vị sản xuất.", "Choose the producing unit.");
        }
        if (files.size() != 1 || !files.get(0).name().equals("file")) {
            problems.add("file", "Hãy đính kèm đúng một tệp âm thanh trong trường 'file'.",
                    "Attach exactly one audio file in the 'file' field.");
        }
        problems.throwIfAny("Chương trình", "The program");
        FileUpload file = files.get(0);
        Path held = hold(Path.of(file.uploadedFileName()));
        NewProgram draft = new NewProgram(title.strip(), topic == null ? null : topic.strip(), unit, language, kind,
                waiver == null ? null : waiver.strip(), file.fileName(), file.size(),
                principal instanceof Principal.User u ? u.username() : null);
        store.write(r -> {
            if (r.orgUnits().findByCode(unit).isEmpty()) {
                throw DomainException.notFound("đơn vị sản xuất", "Producing unit", unit);
            }
            Scope.requireUnit(r, principal, unit);
            Instant now = clock.instant();
            Program program = r.programs().insert(draft, now);
            Audit.record(r, actor, now, "program.upload", "program", String.valueOf(program.id()), unit,
                    file.fileName() + " (" + file.size() + " B)");
            return program;
        }).onSuccess(program -> {
            Respond.json(rc, 202, ProgramJson.toJson(program));
            ingestWorkers.executeBlocking(() -> ingestion.process(program.id(), held, actor), true)
                    .onFailure(e -> LOG.error("[ingest] program {} was not processed", program.id(), e));
        }).onFailure(e -> {
            deleteQuietly(held);
            rc.fail(e);
        });
    }

    private Path hold(Path uploaded) {
        try {
            Files.createDirectories(holding);
            Path target = Files.createTempFile(holding, "upload-", ".src");
            return Files.move(uploaded, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload", e);
        }
    }

    private static String form(RoutingContext rc, String name, String fallback) {
        String value = rc.request().getFormAttribute(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("[ingest] could not delete {}", file);
        }
    }
}
