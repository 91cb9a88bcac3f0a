package vn.loa.scheduler.store;

import io.vertx.core.json.JsonObject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.loa.scheduler.domain.programs.NewProgram;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.ProgramKind;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.domain.programs.Rendition;

final class JdbcProgramRepository implements ProgramRepository {

    private final Sql sql;

    JdbcProgramRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Program insert(NewProgram p, Instant now) {
        long id = sql.insert(ProgramSql.INSERT, p.title(), p.topic(), p.producingUnitCode(), p.language(), p.kind().wireName(),
                p.sourceName(), p.sourceSizeBytes(), p.durationWaiver(), p.createdBy(), now.toString(), now.toString());
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Program> find(long id) {
        return sql.one(ProgramSql.FIND, JdbcProgramRepository::map, id);
    }

    @Override
    public List<Program> list(String withinCode, ProgramStatus status, String query) {
        String s = status == null ? null : status.wireName();
        String like = query == null || query.isBlank() ? null : "%" + query.strip().toLowerCase(Locale.ROOT) + "%";
        if (withinCode == null) {
            return sql.list(ProgramSql.LIST, JdbcProgramRepository::map, s, s, like, like);
        }
        return sql.list(ProgramSql.LIST_VISIBLE, JdbcProgramRepository::map, withinCode, withinCode, s, s, like, like);
    }

    @Override
    public void updateDetails(long id, String title, String topic, String language, String validFrom, String validTo,
                              Instant now) {
        sql.update(ProgramSql.UPDATE_DETAILS, title, topic, language, validFrom, validTo, now.toString(), id);
    }

    @Override
    public void setStatus(long id, ProgramStatus status, Instant now) {
        sql.update(ProgramSql.SET_STATUS, status.wireName(), now.toString(), id);
    }

    @Override
    public void markReady(long id, Rendition r, String sourceFormat, JsonObject sourceTags, Instant now) {
        sql.update(ProgramSql.DELETE_RENDITION, id);
        insertRendition(id, r, now);
        sql.update(ProgramSql.MARK_READY, sourceFormat, sourceTags.encode(), now.toString(), id);
    }

    private void insertRendition(long id, Rendition r, Instant now) {
        sql.update(ProgramSql.INSERT_RENDITION, id, r.contentSha256(), r.mediaType(), r.sizeBytes(), r.durationMillis(),
                r.sourceDurationMillis(), r.loudnessBeforeLufs(), r.truePeakBeforeDbtp(), r.loudnessAfterLufs(),
                r.truePeakAfterDbtp(), r.loudnessRangeLu(), now.toString());
    }

    @Override
    public void replaceRendition(long id, Rendition r, Instant now) {
        sql.update(ProgramSql.DELETE_RENDITION, id);
        insertRendition(id, r, now);
        sql.update(ProgramSql.TOUCH, now.toString(), id);
    }

    @Override
    public void setSourceHash(long id, String sha256) {
        sql.update(ProgramSql.SET_SOURCE_HASH, sha256, id);
    }

    @Override
    public Optional<Program> withSource(String sha256) {
        return sql.one(ProgramSql.WITH_SOURCE, JdbcProgramRepository::map, sha256);
    }

    @Override
    public void markRejected(long id, String code, String message, String messageEn, Instant now) {
        sql.update(ProgramSql.MARK_REJECTED, code, message, messageEn, now.toString(), id);
    }

    @Override
    public void delete(long id) {
        sql.update(ProgramSql.DELETE_RENDITION, id);
        sql.update(ProgramSql.DELETE, id);
    }

    @Override
    public List<Program> withRendition(String sha256) {
        return sql.list(ProgramSql.WITH_RENDITION, JdbcProgramRepository::map, sha256);
    }

    @Override
    public int references(long id) {
        return sql.count(ProgramSql.REFERENCES, id, id, id, id);
    }

    @Override
    public boolean scheduledAt(String sha256, long stationId) {
        return sql.count(ProgramSql.SCHEDULED_AT, sha256, stationId) > 0;
    }

    private static Program map(ResultSet r) throws SQLException {
        String hash = r.getString("content_sha256");
        Rendition rendition = hash == null ? null : new Rendition(hash, r.getString("media_type"), r.getLong("size_bytes"),
                r.getLong("duration_ms"), r.getLong("source_duration_ms"), r.getDouble("loudness_before_lufs"),
                r.getDouble("true_peak_before_dbtp"), r.getDouble("loudness_after_lufs"),
                r.getDouble("true_peak_after_dbtp"), r.getDouble("loudness_range_lu"));
        Long sourceSize = Sql.nullableLong(r, "source_size_bytes");
        String tags = r.getString("source_tags");
        return new Program(r.getLong("id"), r.getString("title"), r.getString("topic"), r.getString("producing_unit_code"),
                r.getString("language"), ProgramKind.fromWire(r.getString("kind")).orElseThrow(), ProgramStatus.fromWire(r.getString("status")).orElseThrow(),
                r.getString("valid_from"), r.getString("valid_to"), r.getString("source_name"), sourceSize,
                r.getString("source_format"), tags == null ? new JsonObject() : new JsonObject(tags),
                r.getString("duration_waiver"), r.getString("rejection_code"), r.getString("rejection_message"),
                r.getString("rejection_message_en"), r.getString("created_by"), Sql.instant(r, "created_at"),
                Sql.instant(r, "updated_at"), rendition);
    }
}
