package vn.loa.scheduler.store;

import io.vertx.core.json.JsonObject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loa.proof.AttestedRecord;
import vn.loa.scheduler.domain.proof.SignedRecord;
import vn.loa.scheduler.domain.proof.SoundEvidence;

final class JdbcChainRepository implements ChainRepository {

    /** The kept columns that are attested, by their wire names (as the agent sent them). */
    private static final List<String> ATTESTED = List.of("sequence", "item_id", "relay_id", "relay_source_id", "content_sha256",
            "planned_start", "actual_start", "actual_end", "seconds_played", "outcome", "reason", "clock_offset_ms",
            "clock_uncertainty_ms", "start_margin_ms", "dropouts", "dropout_seconds", "relay_fallback", "rendered_print_sha256",
            "rendered_level_db", "heard_print_sha256", "heard_level_db", "prev_hash");

    private final Sql sql;

    JdbcChainRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void registerKey(long stationId, long enrolmentId, String publicKey, Instant at) {
        sql.update(ChainSql.REGISTER_KEY, stationId, enrolmentId, publicKey, Sql.text(at));
    }

    @Override
    public Optional<String> key(long stationId, long enrolmentId) {
        return sql.one(ChainSql.KEY, r -> r.getString(1), stationId, enrolmentId);
    }

    @Override
    public Optional<Instant> keyRegisteredAt(long stationId, String publicKey) {
        return sql.one(ChainSql.KEY_REGISTERED, r -> Sql.instant(r, "registered_at"), stationId, publicKey);
    }

    @Override
    public List<PcKey> keys(long stationId) {
        return sql.list(ChainSql.KEYS, r -> new PcKey(r.getString("public_key"), Sql.instant(r, "registered_at"),
                Arrays.stream(r.getString("enrolments").split(",")).map(Long::valueOf).sorted().toList()), stationId);
    }

    @Override
    public void seal(long stationId, long enrolmentId, long sequence, String previousHash, String hash, String signature) {
        sql.update(ChainSql.SEAL, previousHash, hash, signature, stationId, enrolmentId, sequence);
    }

    @Override
    public void attachEvidence(long stationId, long enrolmentId, long sequence, SoundEvidence e) {
        sql.update(ChainSql.EVIDENCE, e.renderedPrint(), e.renderedPrintSha256(), e.rendered(), e.renderedBer(),
                e.renderedLevelDb(), e.heardPrint(), e.heardPrintSha256(), e.heard(), e.heardBer(), e.heardLevelDb(), e.levelFlag(),
                stationId, enrolmentId, sequence);
    }

    @Override
    public boolean holdsHash(long stationId, String hash) {
        return sql.count(ChainSql.HOLDS_HASH, stationId, hash, stationId, hash) > 0;
    }

    @Override
    public void noteBreak(long stationId, String publicKey, long sequence, String previousHash, Instant at) {
        sql.update(ChainSql.NOTE_BREAK, stationId, publicKey, sequence, previousHash, Sql.text(at));
    }

    @Override
    public void mendBreaksNaming(long stationId, String hash) {
        sql.update(ChainSql.MEND_BREAKS, stationId, hash);
    }

    @Override
    public void keepRefused(long stationId, long enrolmentId, AttestedRecord attested, String signature, String code, Instant at) {
        sql.update(ChainSql.KEEP_REFUSED, stationId, enrolmentId, attested.sequence(), code,
                new JsonObject(attested.toWire()).encode(), attested.previousHash(), attested.hash(), signature, Sql.text(at));
    }

    @Override
    public List<SignedRecord> chains(long stationId) {
        return sql.list(ChainSql.CHAINS, JdbcChainRepository::signed, stationId, stationId);
    }

    @Override
    public List<SignedRecord> signedLog(long stationId, LocalDate from, LocalDate to) {
        return sql.list(ChainSql.SIGNED_LOG, JdbcChainRepository::signed, stationId, from.toString(), to.toString(), stationId);
    }

    @Override
    public int unsigned(long stationId) {
        return sql.count(ChainSql.UNSIGNED, stationId);
    }

    private static SignedRecord signed(ResultSet r) throws SQLException {
        long station = r.getLong("station_id");
        AttestedRecord attested;
        String kept = r.getString("attested");
        if (kept != null) {
            attested = AttestedRecord.fromWire(station, new JsonObject(kept).getMap());
        } else {
            Map<String, Object> wire = new LinkedHashMap<>();
            for (String column : ATTESTED) {
                Object value = r.getObject(column);
                if (value != null) {
                    wire.put(column, value);
                }
            }
            wire.put("fallback", r.getInt("fallback") == 1);
            attested = AttestedRecord.fromWire(station, wire);
        }
        return new SignedRecord(station, r.getString("station_code"), r.getLong("enrolment_id"), r.getString("public_key"),
                attested, r.getString("signature"), r.getString("record_hash"), r.getString("refused"));
    }
}
