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

/** Runs parameterised SQL on one connection; turns {@link SQLException} into {@link StoreException}. */
final class Sql {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final Dialect dialect;

    Sql(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    Dialect dialect() {
        return dialect;
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement statement = prepare(sql, false, params); ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("query failed", e);
        }
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    int count(String sql, Object... params) {
        return one(sql, row -> row.getInt(1), params).orElse(0);
    }

    int update(String sql, Object... params) {
        try (PreparedStatement statement = prepare(sql, false, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("update failed", e);
        }
    }

    /** Inserts one row and returns its generated id. */
    long insert(String sql, Object... params) {
        try (PreparedStatement statement = prepare(sql, true, params)) {
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("insert failed", e);
        }
    }

    /** A nullable ISO-8601 instant column. */
    static Instant instant(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : Instant.parse(value);
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

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private PreparedStatement prepare(String sql, boolean returnKeys, Object... params) throws SQLException {
        String translated = dialect.translate(sql);
        PreparedStatement statement = returnKeys
                ? connection.prepareStatement(translated, Statement.RETURN_GENERATED_KEYS)
                : connection.prepareStatement(translated);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}
