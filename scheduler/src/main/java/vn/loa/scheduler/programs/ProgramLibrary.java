package vn.loa.scheduler.programs;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.media.ContentStore;
import vn.loa.media.LoudnessTarget;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.access.Scope;
import vn.loa.scheduler.domain.DateText;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.TextRules;
import vn.loa.scheduler.domain.programs.NewProgram;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.ProgramDetails;
import vn.loa.scheduler.domain.programs.ProgramKind;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.Store;

/**
 * The program library: uploads accepted for ingest, details edited, and the workflow ready → approved →
 * retired. Users read programs of their scope and of the units above it; only planners and admins of the
 * producing unit's scope change them. Deleting is for mistakes: a program that was scheduled or aired is
 * retired, never deleted, so its airing history stays. Blocking: call off the event loop.
 */
public final class ProgramLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(ProgramLibrary.class);

    private final Store store;
    private final ContentStore media;
    private final Path holding;
    private final Clock clock;
    private final Runnable replanSoon;
    private final LoudnessTarget loudness;

    /**
     * @param holding    where accepted uploads wait for ingest (the upload folder's files are the body handler's)
     * @param replanSoon asks the planner to re-plan shortly (a program approved or retired changes what airs)
     */
    public ProgramLibrary(Store store, ContentStore media, Path holding, Clock clock, Runnable replanSoon,
                          LoudnessTarget loudness) {
        this.store = store;
        this.loudness = loudness;
        this.media = media;
        this.holding = holding;
        this.clock = clock;
        this.replanSoon = replanSoon;
    }

    /** What every rendition is levelled to (the configured target), for saying whether one keeps it. */
    public LoudnessTarget loudnessTarget() {
        return loudness;
    }

    public List<Program> list(Caller caller, ProgramStatus status, String query) {
        return store.read(r -> r.programs().list(caller.listFilter(), status, query));
    }

    public Program read(Caller caller, long id) {
        return store.read(r -> {
            Program program = find(r, id);
            Scope.requireReadable(r, caller.principal(), program.producingUnitCode());
            return program;
        });
    }

    /**
     * Checks the upload's fields and scope, keeps its file and stores the program as {@code processing};
     * the caller then hands it to {@link ProgramIngestion#process}. Refused, the file is deleted and
     * nothing is stored.
     *
     * @return the stored program and where its source file now waits
     */
    public Accepted accept(Caller caller, Upload upload) {
        String title = upload.title() != null ? upload.title()
                : upload.files().isEmpty() ? null : SourceNames.withoutExtension(upload.files().get(0).name());
        String language = upload.language() == null ? "vi" : upload.language();
        String kind = upload.kind() == null ? ProgramKind.PROGRAM.wireName() : upload.kind();
        String unit = upload.producingUnitCode() != null ? upload.producingUnitCode() : caller.listFilter();
        Upload filled = new Upload(title, upload.topic(), language, kind, upload.durationWaiver(), unit, upload.files());
        try {
            UploadCheck.check(filled, title, language, kind);
        } catch (DomainException e) {
            upload.files().forEach(f -> deleteQuietly(f.stored()));
            throw e;
        }
        Upload.File file = upload.files().get(0);
        Path held = hold(file.stored());
        String waiver = upload.durationWaiver();
        NewProgram draft = new NewProgram(title.strip(), upload.topic() == null ? null : upload.topic().strip(), unit,
                language, ProgramKind.fromWire(kind).orElseThrow(), waiver == null ? null : waiver.strip(), file.name(),
                file.size(), caller.username());
        try {
            Program program = store.write(r -> {
                // a command-line import may fill a fresh data folder before its units are registered
                boolean system = caller.principal() instanceof Principal.System;
                if (!system && r.orgUnits().findByCode(unit).isEmpty()) {
                    throw DomainException.notFound("đơn vị sản xuất", "Producing unit", unit);
                }
                Scope.requireUnit(r, caller.principal(), unit);
                Instant now = clock.instant();
                Program stored = r.programs().insert(draft, now);
                // a file Loa took itself (a command-line import, the demo) is an import; a user's is an upload
                String action = system ? "program.import" : "program.upload";
                Audit.record(r, caller.actor(), now, action, "program", String.valueOf(stored.id()), unit,
                        file.name() + " (" + file.size() + " B)");
                return stored;
            });
            return new Accepted(program, held);
        } catch (RuntimeException e) {
            deleteQuietly(held);
            throw e;
        }
    }

    /**
     * The rendition file with this hash, for a caller who may fetch it: an agent, when it is scheduled at
     * its station (even one a program no longer has) or approved by a unit above it; a user, when some
     * program with it is readable to them.
     */
    public Path rendition(Caller caller, String hash) {
        return store.read(r -> {
            List<Program> programs = r.programs().withRendition(hash);
            // a rendition levelled again is no program's now, but a station whose frozen schedule names it airs it
            boolean scheduledHere = caller.principal() instanceof Principal.Station s && r.programs().scheduledAt(hash, s.stationId());
            if (programs.isEmpty() && !scheduledHere) {
                throw DomainException.notFound("bản phát sóng", "Rendition", hash);
            }
            if (!scheduledHere && programs.stream().noneMatch(p -> mayFetch(r, caller.principal(), p, hash))) {
                throw DomainException.outOfScope("bản phát sóng", "rendition");
            }
            return media.find(hash, "mp3").orElseThrow(() -> DomainException.notFound("tệp bản phát sóng", "Rendition file", hash));
        });
    }

    private static boolean mayFetch(Repositories r, Principal principal, Program program, String hash) {
        if (principal instanceof Principal.Station s) {
            return r.programs().scheduledAt(hash, s.stationId())
                    || program.status() == ProgramStatus.APPROVED && r.orgUnits().isWithin(s.communeCode(), program.producingUnitCode());
        }
        return Scope.canRead(r, principal, program.producingUnitCode());
    }

    /** An accepted upload: the program in {@code processing} and its source file, waiting for ingest. */
    public record Accepted(Program program, Path source) {
    }

    /** Applies {@code edit} to the program's details (as they are in the transaction), checks and stores them. */
    public Program edit(Caller caller, long id, UnaryOperator<ProgramDetails> edit) {
        return store.write(r -> {
            Program before = find(r, id);
            Scope.requireUnit(r, caller.principal(), before.producingUnitCode());
            ProgramDetails d = edit.apply(ProgramDetails.of(before));
            Problems problems = new Problems();
            TextRules.checkName("title", d.title(), 200, problems);
            TextRules.checkPlain("topic", d.topic(), problems);
            if (d.validFrom() != null && d.validTo() != null
                    && DateText.day("valid_from", d.validFrom(), null).isAfter(DateText.day("valid_to", d.validTo(), null))) {
                problems.add("valid_to", "Ngày hết hiệu lực phải sau ngày bắt đầu.", "valid_to must not be before valid_from.");
            }
            problems.throwIfAny("Chương trình", "The program");
            Instant now = clock.instant();
            r.programs().updateDetails(id, d.title(), d.topic(), d.language(),
                    d.validFrom(), d.validTo(), now);
            Audit.record(r, caller.actor(), now, "program.update", "program", String.valueOf(id),
                    before.producingUnitCode(), new JsonObject().put("title", d.title()).put("topic", d.topic())
                            .put("valid_from", d.validFrom()).put("valid_to", d.validTo()).encode());
            return find(r, id);
        });
    }

    /** ready or retired → approved: it may now be scheduled. */
    public Program approve(Caller caller, long id) {
        return transition(caller, id, ProgramStatus.APPROVED, Set.of(ProgramStatus.READY, ProgramStatus.RETIRED),
                "program.approve");
    }

    /** ready or approved → retired: it airs no more, and its history stays. */
    public Program retire(Caller caller, long id) {
        return transition(caller, id, ProgramStatus.RETIRED, Set.of(ProgramStatus.READY, ProgramStatus.APPROVED),
                "program.retire");
    }

    /** Deletes a program that never aired nor was scheduled; its rendition goes too unless another program shares it. */
    public void delete(Caller caller, long id) {
        Program deleted = store.write(r -> {
            Program before = find(r, id);
            Scope.requireUnit(r, caller.principal(), before.producingUnitCode());
            if (before.status() == ProgramStatus.PROCESSING) {
                throw new DomainException(DomainException.Kind.CONFLICT, "still_processing",
                        "Chương trình đang được xử lý; hãy đợi xong rồi xoá.", "The program is still processing; wait, then delete.",
                        null);
            }
            int references = r.programs().references(id);
            if (references > 0) {
                throw new DomainException(DomainException.Kind.CONFLICT, "program_has_history",
                        "Chương trình đã được lên lịch hoặc đã phát (" + references + " lần nhắc tới) nên không xoá được;"
                                + " hãy chuyển sang 'ngừng phát' để giữ lịch sử phát.",
                        "The program was scheduled or aired (" + references + " references), so it cannot be deleted;"
                                + " retire it instead to keep its airing history.", new JsonObject().put("references", references));
            }
            r.programs().delete(id);
            Audit.record(r, caller.actor(), clock.instant(), "program.delete", "program", String.valueOf(id),
                    before.producingUnitCode(), before.title());
            return before;
        });
        if (deleted.rendition() != null
                && store.read(r -> r.programs().withRendition(deleted.rendition().contentSha256()).isEmpty())) {
            media.find(deleted.rendition().contentSha256(), "mp3").ifPresent(path -> deleteQuietly(path));
        }
    }

    private Program transition(Caller caller, long id, ProgramStatus target, Set<ProgramStatus> from, String action) {
        Program after = store.write(r -> {
            Program before = find(r, id);
            Scope.requireUnit(r, caller.principal(), before.producingUnitCode());
            if (!from.contains(before.status())) {
                throw new DomainException(DomainException.Kind.CONFLICT, "wrong_status",
                        "Chương trình đang ở trạng thái '" + before.status().vietnamese() + "' nên không thể chuyển sang '"
                                + target.vietnamese() + "'.",
                        "The program is " + before.status().wireName() + ", so it cannot become " + target.wireName() + ".",
                        new JsonObject().put("status", before.status().wireName()));
            }
            if (target == ProgramStatus.APPROVED) {
                requireSecondPerson(r, caller, before);
            }
            Instant now = clock.instant();
            r.programs().setStatus(id, target, now);
            Audit.record(r, caller.actor(), now, action, "program", String.valueOf(id), before.producingUnitCode(),
                    before.status().wireName() + " -> " + target.wireName());
            return find(r, id);
        });
        replanSoon.run();
        return after;
    }

    /** Where the province asks for it, the person who uploaded a program does not approve it too. */
    private static void requireSecondPerson(Repositories r, Caller caller, Program program) {
        String approver = caller.username();
        if (approver != null && approver.equals(program.createdBy())
                && r.settings().of(program.producingUnitCode()).secondApproval()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "second_approval_required",
                    "Tỉnh yêu cầu người thứ hai duyệt: chương trình do chính bạn tải lên nên cần một cán bộ khác duyệt.",
                    "The province requires a second person: you uploaded this program, so someone else must approve it.",
                    new JsonObject().put("uploaded_by", program.createdBy()));
        }
    }

    private static Program find(Repositories r, long id) {
        return r.programs().find(id).orElseThrow(() -> DomainException.notFound("chương trình", "Program", String.valueOf(id)));
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

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("[ingest] could not delete {}", file);
        }
    }
}
