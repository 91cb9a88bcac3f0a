package vn.loa.scheduler.store;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.programs.NewProgram;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.domain.programs.Rendition;

/** Programs and their renditions. */
public interface ProgramRepository {

    Program insert(NewProgram program, Instant now);

    Optional<Program> find(long id);

    /**
     * @param withinCode programs produced in this unit's subtree or by a unit above it, or all when null
     * @param status     only this status, or any when null
     * @param query      words in the title or topic (case-insensitive), or none when null
     */
    List<Program> list(String withinCode, ProgramStatus status, String query);

    void updateDetails(long id, String title, String topic, String language, String validFrom, String validTo, Instant now);

    void setStatus(long id, ProgramStatus status, Instant now);

    void markReady(long id, Rendition rendition, String sourceFormat, JsonObject sourceTags, Instant now);

    /** Gives the program a new rendition, its status unchanged (what is already scheduled keeps the old hash). */
    void replaceRendition(long id, Rendition rendition, Instant now);

    /** Records the SHA-256 of the uploaded file, once ingest has read it. */
    void setSourceHash(long id, String sha256);

    /** A ready, approved or retired program made from exactly this uploaded file, if any. */
    Optional<Program> withSource(String sha256);

    void markRejected(long id, String code, String message, String messageEn, Instant now);

    void delete(long id);

    /** Programs whose rendition has this content hash (one, unless the same audio was uploaded twice). */
    List<Program> withRendition(String sha256);

    /** Schedule items, campaigns, notices and as-run records that name the program. */
    int references(long id);

    /** True when the station's schedule names a rendition with this hash. */
    boolean scheduledAt(String sha256, long stationId);
}
