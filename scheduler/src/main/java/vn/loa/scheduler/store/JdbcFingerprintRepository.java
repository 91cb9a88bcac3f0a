package vn.loa.scheduler.store;

import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

final class JdbcFingerprintRepository implements FingerprintRepository {

    private static final String STORE = "INSERT INTO rendition_fingerprint (content_sha256, algorithm, words, reliable,"
            + " seconds, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (content_sha256, algorithm) DO UPDATE SET"
            + " words = excluded.words, reliable = excluded.reliable, seconds = excluded.seconds, created_at = excluded.created_at";
    private static final String FIND = "SELECT content_sha256, algorithm, words, reliable, seconds, created_at"
            + " FROM rendition_fingerprint WHERE content_sha256 = ? AND algorithm = ?";
    private static final String MISSING = "SELECT DISTINCT r.content_sha256 FROM program_rendition r"
            + " JOIN program p ON p.id = r.program_id WHERE p.status IN ('ready', 'approved') AND NOT EXISTS"
            + " (SELECT 1 FROM rendition_fingerprint f WHERE f.content_sha256 = r.content_sha256 AND f.algorithm = ?)"
            + " ORDER BY r.content_sha256 LIMIT ?";
    private static final String FORGET = "DELETE FROM rendition_fingerprint WHERE content_sha256 = ?";

    private final Sql sql;

    JdbcFingerprintRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void store(Reference r) {
        sql.update(STORE, r.contentSha256(), r.algorithm(), bytes(r.words()), bytes(r.reliable()), r.seconds(),
                Sql.text(r.createdAt()));
    }

    @Override
    public Optional<Reference> find(String contentSha256, String algorithm) {
        return sql.one(FIND, JdbcFingerprintRepository::reference, contentSha256, algorithm);
    }

    @Override
    public List<String> missing(String algorithm, int limit) {
        return sql.list(MISSING, r -> r.getString(1), algorithm, limit);
    }

    @Override
    public void forget(String contentSha256) {
        sql.update(FORGET, contentSha256);
    }

    private static Reference reference(ResultSet r) throws SQLException {
        return new Reference(r.getString("content_sha256"), r.getString("algorithm"), ints(r.getBytes("words")),
                ints(r.getBytes("reliable")), r.getDouble("seconds"), Sql.instant(r, "created_at"));
    }

    private static byte[] bytes(int[] words) {
        ByteBuffer buffer = ByteBuffer.allocate(words.length * 4);
        buffer.asIntBuffer().put(words);
        return buffer.array();
    }

    private static int[] ints(byte[] bytes) {
        int[] words = new int[bytes.length / 4];
        ByteBuffer.wrap(bytes).asIntBuffer().get(words);
        return words;
    }
}
