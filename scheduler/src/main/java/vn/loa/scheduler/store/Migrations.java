package vn.loa.scheduler.store;

/**
 * Where each engine's Flyway scripts are: {@code db/common} for scripts both read alike, and one folder per engine
 * for what must differ. SQLite's V1..V30 came first; PostgreSQL starts from their result in one V30.
 */
final class Migrations {

    static final String[] SQLITE = {"classpath:db/sqlite", "classpath:db/common"};
    static final String[] POSTGRESQL = {"classpath:db/postgresql", "classpath:db/common"};

    private Migrations() {
    }
}
