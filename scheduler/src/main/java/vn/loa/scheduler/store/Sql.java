package vn.loa.scheduler.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.InstantText;

/** Runs parameterised SQL on one connection; turns {@link SQLException} into {@link StoreException}. */
final class Sql {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final Dialect dialect;
    private final StatementCache cache;

    Sql(Connection connection, Dialect dialect) {
        this(connection, dialect, null);
    }

    /** With {@code cache}, statements are kept for the connection's next transactions. */
    Sql(Connection connection, Dialect dialect, StatementCache cache) {
        this.connection = connection;
        this.dialect = dialect;
        this.cache = cache;
    }

    Dialect dialect() {
        return dialect;
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        return run(sql, false, params, "query failed", statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        });
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    int count(String sql, Object... params) {
        return one(sql, row -> row.getInt(1), params).orElse(0);
    }

    int update(String sql, Object... params) {
        return run(sql, false, params, "update failed", PreparedStatement::executeUpdate);
    }

    /**
     * Runs the statement once for each row of parameters, as one JDBC batch: on PostgreSQL one round trip for
     * them all where a statement at a time paid one each (a province's publication is tens of thousands of rows).
     */
    void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        run(sql, false, rows.get(0), "batch failed", statement -> {
            statement.addBatch();
            for (int r = 1; r < rows.size(); r++) {
                Object[] params = rows.get(r);
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, params[i]);
                }
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    /** Inserts one row and returns its generated id. */
    long insert(String sql, Object... params) {
        if (dialect == Dialect.SQLITE) {
            // SQLite's connections do not fetch generated keys on their own (SqliteStore): the row id just made
            update(sql, params);
            return one("SELECT last_insert_rowid()", row -> row.getLong(1)).orElseThrow();
        }
        return run(sql, true, params, "insert failed", statement -> {
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        });
    }

    @FunctionalInterface
    private interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /** A statement that failed (an interrupted read, a constraint) is not kept: its state is the driver's guess. */
    private <T> T run(String sql, boolean returnKeys, Object[] params, String failure, StatementWork<T> work) {
        StatementCache.Lent lent = null;
        boolean done = false;
        try {
            lent = prepare(sql, returnKeys, params);
            T result = work.run(lent.statement());
            done = true;
            return result;
        } catch (SQLException e) {
            throw new StoreException(failure, e);
        } finally {
            if (lent != null) {
                giveBack(lent, done);
            }
        }
    }

    private static void giveBack(StatementCache.Lent lent, boolean done) {
        try {
            if (!done) {
                lent.discard();
            }
            lent.close();
        } catch (SQLException e) {
            throw new StoreException("statement failed to close", e);
        }
    }

    /** A nullable ISO-8601 instant column. */
    static Instant instant(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : InstantText.parse(value);
    }

    /** A nullable integer column. */
    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** A nullable ISO date column. */
    static LocalDate nullableDate(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : LocalDate.parse(value);
    }

    /**
     * A day as the store writes it (YYYY-MM-DD), read without the general parser: reports read millions of them.
     * Anything else goes to {@link LocalDate#parse}, which says what is wrong with it.
     */
    static LocalDate day(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth()) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, or -1 if any is not one. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static String text(Instant instant) {
        return instant == null ? null : InstantText.format(instant);
    }

    private StatementCache.Lent prepare(String sql, boolean returnKeys, Object... params) throws SQLException {
        String translated = dialect.translate(sql);
        StatementCache.Lent lent;
        if (cache != null && !returnKeys) {
            lent = cache.lend(translated);
        } else {
            PreparedStatement own = returnKeys
                    ? connection.prepareStatement(translated, Statement.RETURN_GENERATED_KEYS)
                    : connection.prepareStatement(translated);
            lent = StatementCache.own(own);
        }
        PreparedStatement statement = lent.statement();
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return lent;
    }
}
