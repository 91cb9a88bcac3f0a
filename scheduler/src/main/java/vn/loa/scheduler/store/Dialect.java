package vn.loa.scheduler.store;

/**
 * The few pieces of SQL the two engines write differently. Everything else is written once, in the SQL both
 * read alike ({@code ON CONFLICT}, {@code string_agg}, {@code CAST(? AS TEXT) IS NULL}).
 */
enum Dialect {
    SQLITE {
        @Override
        String mondayOf(String day) {
            return "date(" + day + ", 'weekday 0', '-6 days')";
        }

        @Override
        String translate(String sql) {
            return sql;
        }
    },
    POSTGRESQL {
        @Override
        String mondayOf(String day) {
            return "to_char(date_trunc('week', CAST(" + day + " AS date)), 'YYYY-MM-DD')";
        }

        @Override
        String translate(String sql) {
            return sql.contains(IDS_OF_JSON) ? sql.replace(IDS_OF_JSON,
                    "SELECT CAST(value AS BIGINT) FROM jsonb_array_elements_text(CAST(? AS jsonb))") : sql;
        }
    };

    /**
     * The ids of a JSON array bound as one parameter ({@code [1,2,3]}), as SQLite's statements write it: a list of
     * stations of any length, bound once, where {@code IN (?, ?, …)} would need a statement per length.
     */
    static final String IDS_OF_JSON = "SELECT value FROM json_each(?)";

    /** The statement as this engine reads it: the SQL is written for both, but for {@link #IDS_OF_JSON}. */
    abstract String translate(String sql);

    /** The Monday (ISO text) of the week holding {@code day}, an ISO date expression. */
    abstract String mondayOf(String day);
}
