package vn.loa.scheduler.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConnection;

/** Statements kept between transactions answer exactly as fresh ones would, even when a query runs inside itself. */
class StatementCacheTest {

    @TempDir
    Path dir;

    @Test
    void aQueryRunAgainInsideItsOwnRowLoopReadsItsOwnRowsNotTheOuterOnes() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"))) {
            Sql sql = new Sql(c, Dialect.SQLITE, StatementCache.of(c, SQLiteConnection.class));
            sql.update("CREATE TABLE xa (id INTEGER PRIMARY KEY, ten TEXT, cha INTEGER)");
            sql.insert("INSERT INTO xa (ten, cha) VALUES (?, ?)", "Phường Ba Đình", 0);
            sql.insert("INSERT INTO xa (ten, cha) VALUES (?, ?)", "Xã Đông Anh", 0);
            sql.insert("INSERT INTO xa (ten, cha) VALUES (?, ?)", "Thôn Đoài", 2);
            String children = "SELECT ten, id FROM xa WHERE cha = ? ORDER BY id";
            List<String> seen = new ArrayList<>();
            sql.list(children, row -> {
                seen.add(row.getString(1));
                sql.list(children, inner -> seen.add("  " + inner.getString(1)), row.getLong(2));
                return null;
            }, 0);
            assertEquals(List.of("Phường Ba Đình", "Xã Đông Anh", "  Thôn Đoài"), seen);
        }
    }

    @Test
    void keptStatementsServeTheNextTransactionsWithTheirNewValues() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"))) {
            StatementCache cache = StatementCache.of(c, SQLiteConnection.class);
            new Sql(c, Dialect.SQLITE, cache).update("CREATE TABLE phat (tram INTEGER, lan INTEGER)");
            for (int i = 1; i <= 250; i++) {
                c.setAutoCommit(false);
                Sql sql = new Sql(c, Dialect.SQLITE, StatementCache.of(c, SQLiteConnection.class));
                assertEquals(cache, StatementCache.of(c, SQLiteConnection.class));
                sql.update("INSERT INTO phat (tram, lan) VALUES (?, ?)", i % 3, i);
                // a different text each time too, so the oldest are closed and the cache stays bounded
                assertEquals(i, sql.count("SELECT count(*) FROM phat WHERE lan <= ? AND " + i + " = " + i, i));
                c.commit();
            }
            assertEquals(84, new Sql(c, Dialect.SQLITE, cache).count("SELECT count(*) FROM phat WHERE tram = ?", 0 + 1));
        }
    }
}
