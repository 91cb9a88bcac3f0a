package vn.loa.scheduler.store;

import java.nio.file.Path;

/** Opens the store a configuration names: PostgreSQL when given its address, else the SQLite file in the data folder. */
public final class Stores {

    /** Connections to PostgreSQL per instance: the worker pool and the report pool rarely hold more at once. */
    private static final int POSTGRESQL_CONNECTIONS = 16;

    private Stores() {
    }

    /** @param url a PostgreSQL address, or null or empty for the embedded SQLite file in {@code dataDir} */
    public static Store open(String url, Path dataDir, int busyTimeoutMillis) {
        if (url == null || url.isBlank()) {
            return SqliteStore.open(dataDir, busyTimeoutMillis);
        }
        if (!PostgresUrl.isPostgres(url)) {
            throw new StoreException("unknown store " + PostgresUrl.shown(url),
                    new IllegalArgumentException("Chỉ hỗ trợ postgresql://… / only postgresql://… addresses are supported"));
        }
        return PostgresStore.open(url, busyTimeoutMillis, POSTGRESQL_CONNECTIONS);
    }

    /** The JDBC address of a PostgreSQL store, for what keeps its own tables there (Quartz's clustered jobs). */
    public static String jdbcUrl(String url) {
        return PostgresUrl.jdbc(url);
    }

    /** The address as it may be logged (no password). */
    public static String shown(String url) {
        return url == null || url.isBlank() ? "SQLite" : PostgresUrl.shown(url);
    }
}
