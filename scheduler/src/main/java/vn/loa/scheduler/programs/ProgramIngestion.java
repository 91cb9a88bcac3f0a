package vn.loa.scheduler.programs;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.media.AudioProbe;
import vn.loa.media.ContentStore;
import vn.loa.media.DurationPolicy;
import vn.loa.media.Ingest;
import vn.loa.media.MediaException;
import vn.loa.scheduler.access.Actor;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.config.MediaSettings;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.ProgramKind;
import vn.loa.scheduler.domain.programs.Rendition;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.Store;

/**
 * Turns an uploaded source file into a program's rendition, or a reasoned rejection, and records the
 * outcome. Blocking: call it on the ingest worker pool. The uploaded file is deleted afterwards either
 * way; only the rendition is kept.
 */
public final class ProgramIngestion {

    private static final Logger LOG = LoggerFactory.getLogger(ProgramIngestion.class);

    private final Store store;
    private final Ingest ingest;
    private final MediaSettings settings;
    private final Clock clock;
    private final Fingerprints fingerprints;
    /** The step each upload in work is at (gone once it is ready or rejected), for the page watching it. */
    private final Map<Long, Ingest.Stage> stages = new ConcurrentHashMap<>();

    public ProgramIngestion(Store store, Ingest ingest, MediaSettings settings, Clock clock, Fingerprints fingerprints) {
        this.store = store;
        this.ingest = ingest;
        this.settings = settings;
        this.clock = clock;
        this.fingerprints = fingerprints;
    }

    public Program process(long programId, Path source, Actor actor) {
        Program program = store.read(r -> r.programs().find(programId)).orElseThrow();
        String producer = store.read(r -> r.orgUnits().findByCode(program.producingUnitCode()))
                .map(u -> u.name()).orElse(program.producingUnitCode());
        DurationPolicy policy = program.kind() == ProgramKind.URGENT_NOTICE ? settings.urgentNotice() : settings.program();
        try {
            String sourceHash = ContentStore.sha256(source);
            store.write(r -> {
                r.programs().setSourceHash(programId, sourceHash);
                return null;
            });
            Optional<Program> twin = store.read(r -> r.programs().withSource(sourceHash));
            if (twin.isPresent()) {
                return reuse(programId, program, twin.get(), actor);
            }
            Ingest.Result result = ingest.run(source, new Ingest.Request(programId, program.title(), producer, policy,
                    program.durationWaiver()), stage -> stages.put(programId, stage));
            Rendition rendition = new Rendition(result.rendition().sha256(), settings.rendition().mediaType(),
                    result.rendition().sizeBytes(), Math.round(result.renditionSeconds() * 1000),
                    Math.round(result.sourceSeconds() * 1000), result.before().integratedLufs(),
                    result.before().truePeakDbtp(), result.after().integratedLufs(), result.after().truePeakDbtp(),
                    result.after().rangeLu());
            // the reference an airing's sound is matched against; a program without one still airs
            fingerprints.take(rendition.contentSha256());
            return store.write(r -> {
                Instant now = clock.instant();
                r.programs().markReady(programId, rendition, describe(result.source()), new JsonObject(
                        new LinkedHashMap<String, Object>(result.source().tags())), now);
                prefillFromTags(r, program, result.source(), now);
                Audit.record(r, actor, now, "program.ready", "program", String.valueOf(programId),
                        program.producingUnitCode(), rendition.contentSha256());
                return r.programs().find(programId).orElseThrow();
            });
        } catch (IOException e) {
            LOG.error("[ingest] program {}: cannot read the upload", programId, e);
            return reject(programId, program, actor, "unreadable_upload",
                    "Không đọc được tệp đã tải lên. Hãy tải lên lại.", "The uploaded file cannot be read. Upload it again.");
        } catch (MediaException e) {
            LOG.info("[ingest] program {} rejected: {} ({})", programId, e.code(), e.messageEn());
            return reject(programId, program, actor, e.code(), e.getMessage(), e.messageEn());
        } catch (RuntimeException e) {
            LOG.error("[ingest] program {} failed", programId, e);
            return reject(programId, program, actor, "internal_error",
                    "Lỗi hệ thống khi xử lý tệp. Hãy thử tải lên lại; nếu vẫn lỗi, báo quản trị viên.",
                    "System error while processing the file. Upload it again; if it fails again, tell your administrator.");
        } finally {
            stages.remove(programId);
            try {
                Files.deleteIfExists(source);
            } catch (IOException e) {
                LOG.warn("[ingest] could not delete upload {}: {}", source, e.toString());
            }
        }
    }

    /** The step an upload in work is at, or null when none is. */
    public Ingest.Stage stageOf(long programId) {
        return stages.get(programId);
    }

    /**
     * The same file was uploaded before: its rendition is reused rather than stored twice (its tags name
     * the program it was first made for).
     */
    private Program reuse(long programId, Program program, Program twin, Actor actor) {
        LOG.info("[ingest] program {} reuses the rendition of program {} (same upload)", programId, twin.id());
        return store.write(r -> {
            Instant now = clock.instant();
            r.programs().markReady(programId, twin.rendition(), twin.sourceFormat(), twin.sourceTags(), now);
            Audit.record(r, actor, now, "program.ready", "program", String.valueOf(programId), program.producingUnitCode(),
                    twin.rendition().contentSha256() + " (same upload as program " + twin.id() + ")");
            return r.programs().find(programId).orElseThrow();
        });
    }

    private Program reject(long programId, Program program, Actor actor, String code, String vi, String en) {
        return store.write(r -> {
            Instant now = clock.instant();
            r.programs().markRejected(programId, code, vi, en, now);
            Audit.record(r, actor, now, "program.rejected", "program", String.valueOf(programId),
                    program.producingUnitCode(), code);
            return r.programs().find(programId).orElseThrow();
        });
    }

    /**
     * The source's own tags fill what the uploader left to defaults: a title still equal to the file
     * name takes the tagged title; an empty topic takes the genre.
     */
    private static void prefillFromTags(Repositories r, Program program, AudioProbe source,
                                        Instant now) {
        String taggedTitle = source.tags().get("title");
        String genre = source.tags().get("genre");
        boolean titleIsFileName = program.sourceName() != null && program.title().equals(SourceNames.withoutExtension(program.sourceName()));
        String title = titleIsFileName && taggedTitle != null && !taggedTitle.isBlank() ? taggedTitle.strip() : program.title();
        String topic = program.topic() == null && genre != null && !genre.isBlank() ? genre.strip() : program.topic();
        if (!title.equals(program.title()) || !Objects.equals(topic, program.topic())) {
            r.programs().updateDetails(program.id(), truncate(title), topic == null ? null : truncate(topic),
                    program.language(), program.validFrom(), program.validTo(), now);
        }
    }

    private static String truncate(String s) {
        String plain = s.replaceAll("\\p{Cntrl}", " ");
        return plain.length() <= 200 ? plain : plain.substring(0, 200);
    }

    static String describe(AudioProbe p) {
        return String.format(Locale.ROOT, "%s/%s, %d Hz, %d kênh%s%s", p.container(), p.codec(), p.sampleRate(),
                p.channels(), p.bitDepth() > 0 ? ", " + p.bitDepth() + " bit" : "",
                p.bitrateKbps() > 0 ? ", " + p.bitrateKbps() + " kb/s" : "");
    }
}
