package vn.loa.scheduler.store;

/** The SQL of {@link JdbcSettingsRepository}. */
final class SettingsSql {

    private SettingsSql() {
    }

    /** The top unit of the tree the seeded unit or group belongs to (the ancestor without a parent). */
    static final String PROVINCE_OF = TreeSql.WITH_ANCESTORS + "SELECT " + OrgUnitSql.COLUMNS
            + " FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id WHERE u.id IN (SELECT id FROM up WHERE parent_id IS NULL)";

    static final String OF = TreeSql.WITH_ANCESTORS + "SELECT quiet_not_before, quiet_not_after, quiet_strict, second_approval, min_separation_minutes,"
            + " horizon_days"
            + " FROM province_setting WHERE org_unit_id IN (SELECT id FROM up WHERE parent_id IS NULL)";

    static final String COMMUNE_OF_STATION = "SELECT u.code FROM station s JOIN org_unit u ON u.id = s.org_unit_id WHERE s.id = ?";

    static final String ANY_STRICT = "SELECT COUNT(*) FROM province_setting WHERE quiet_strict = 1";

    static final String LONGEST_HORIZON = "SELECT MAX(horizon_days) FROM province_setting";

    static final String ANY_SEPARATION = "SELECT COUNT(*) FROM province_setting WHERE min_separation_minutes > 0";

    static final String PUT = "INSERT INTO province_setting (org_unit_id, quiet_not_before, quiet_not_after, quiet_strict,"
            + " second_approval, min_separation_minutes, horizon_days, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (org_unit_id) DO UPDATE SET quiet_not_before = excluded.quiet_not_before,"
            + " quiet_not_after = excluded.quiet_not_after, quiet_strict = excluded.quiet_strict,"
            + " second_approval = excluded.second_approval, min_separation_minutes = excluded.min_separation_minutes,"
            + " horizon_days = excluded.horizon_days,"
            + " updated_at = excluded.updated_at, updated_by = excluded.updated_by";
}
