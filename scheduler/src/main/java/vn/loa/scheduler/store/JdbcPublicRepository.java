package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.programs.PublicCampaign;
import vn.loa.scheduler.domain.programs.PublicProgram;

final class JdbcPublicRepository implements PublicRepository {

    private final Sql sql;

    JdbcPublicRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<PublicProgram> program(long id) {
        return sql.one(PublicSql.PROGRAM, JdbcPublicRepository::map, id);
    }

    @Override
    public List<PublicProgram> ofUnit(String scopeCode, int limit, int offset) {
        return sql.list(PublicSql.OF_UNIT, JdbcPublicRepository::map, scopeCode, limit, offset);
    }

    @Override
    public int countOfUnit(String scopeCode) {
        return sql.count(PublicSql.COUNT_OF_UNIT, scopeCode);
    }

    @Override
    public Optional<PublicCampaign> campaign(long id) {
        return sql.one(PublicSql.CAMPAIGN, r -> new PublicCampaign(r.getLong("id"), r.getString("name"),
                r.getString("owner_code"), r.getString("owner_name"), LocalDate.parse(r.getString("period_start")),
                LocalDate.parse(r.getString("period_end")), Sql.instant(r, "public_at")), id);
    }

    @Override
    public List<PublicProgram> ofCampaign(long campaignId, int limit, int offset) {
        return sql.list(PublicSql.OF_CAMPAIGN, JdbcPublicRepository::map, campaignId, limit, offset);
    }

    @Override
    public int countOfCampaign(long campaignId) {
        return sql.count(PublicSql.COUNT_OF_CAMPAIGN, campaignId);
    }

    @Override
    public Optional<Instant> programPublicAt(long id) {
        return publicAt(PublicSql.PROGRAM_PUBLIC_AT, id);
    }

    @Override
    public Optional<Instant> campaignPublicAt(long id) {
        return publicAt(PublicSql.CAMPAIGN_PUBLIC_AT, id);
    }

    /** The {@code public_at} a query reads; empty for a missing row and for one not made public alike. */
    private Optional<Instant> publicAt(String query, long id) {
        return sql.one(query, r -> Optional.ofNullable(Sql.instant(r, "public_at")), id).flatMap(at -> at);
    }

    @Override
    public void setProgramPublic(long id, Instant at) {
        sql.update(PublicSql.SET_PROGRAM_PUBLIC, Sql.text(at), id);
    }

    @Override
    public void setCampaignPublic(long id, Instant at) {
        sql.update(PublicSql.SET_CAMPAIGN_PUBLIC, Sql.text(at), id);
    }

    @Override
    public boolean isPublic(long programId) {
        return sql.count(PublicSql.IS_PUBLIC_PROGRAM, programId) > 0;
    }

    @Override
    public void countListen(long programId, LocalDate day, boolean download) {
        sql.update(PublicSql.COUNT_LISTEN, programId, day.toString(), download ? 0 : 1, download ? 1 : 0);
    }

    @Override
    public Listens listens(long programId) {
        return sql.one(PublicSql.LISTENS, r -> new Listens(r.getLong(1), r.getLong(2)), programId).orElse(new Listens(0, 0));
    }

    @Override
    public Listens listens(long programId, LocalDate from, LocalDate to) {
        return sql.one(PublicSql.LISTENS + " AND day >= ? AND day <= ?", r -> new Listens(r.getLong(1), r.getLong(2)),
                programId, from.toString(), to.toString()).orElse(new Listens(0, 0));
    }

    private static PublicProgram map(ResultSet r) throws SQLException {
        return new PublicProgram(r.getLong("id"), r.getString("title"), r.getString("topic"),
                r.getString("producing_unit_code"), r.getString("unit_name"), Instant.parse(r.getString("created_at")),
                r.getLong("duration_ms"), r.getLong("size_bytes"), r.getString("content_sha256"));
    }
}
