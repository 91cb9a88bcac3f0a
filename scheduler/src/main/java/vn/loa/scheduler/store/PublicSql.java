package vn.loa.scheduler.store;

/** The SQL of {@link JdbcPublicRepository}: what the portal shows, built from the publication columns each time. */
final class PublicSql {

    /**
     * A program is public when it is an approved program (never an urgent notice's recording) that a planner
     * published itself or through a campaign that is public.
     */
    /** Only an approved program can be public, never an urgent notice's recording. */
    private static final String PUBLISHABLE = " p.kind = 'program' AND p.status = 'approved'";
    private static final String IS_PUBLIC = PUBLISHABLE + " AND (p.public_at IS NOT NULL"
            + " OR EXISTS (SELECT 1 FROM campaign_program pc JOIN campaign pcc ON pcc.id = pc.campaign_id"
            + " WHERE pc.program_id = p.id AND pcc.public_at IS NOT NULL))";

    private static final String COLUMNS = "SELECT p.id, p.title, p.topic, p.producing_unit_code,"
            + " COALESCE((SELECT u.name FROM org_unit u WHERE u.id = "
            + OrgUnitSql.ID_BY_CODE.replace("?", "p.producing_unit_code") + "), p.producing_unit_code) AS unit_name,"
            + " p.created_at, r.duration_ms, r.size_bytes, r.content_sha256"
            + " FROM program p JOIN program_rendition r ON r.program_id = p.id";
    private static final String NEWEST_FIRST = " ORDER BY p.created_at DESC, p.id DESC";

    static final String PROGRAM = COLUMNS + " WHERE p.id = ? AND" + IS_PUBLIC;
    static final String OF_UNIT = TreeSql.WITH_SUBTREE + COLUMNS + " WHERE" + IS_PUBLIC
            + " AND p.producing_unit_code IN (SELECT code FROM subtree)" + NEWEST_FIRST + " LIMIT ? OFFSET ?";
    static final String COUNT_OF_UNIT = TreeSql.WITH_SUBTREE + "SELECT COUNT(*) FROM program p WHERE" + IS_PUBLIC
            + " AND p.producing_unit_code IN (SELECT code FROM subtree)";
    static final String OF_CAMPAIGN = COLUMNS + " JOIN campaign_program cp ON cp.program_id = p.id"
            + " JOIN campaign c ON c.id = cp.campaign_id WHERE cp.campaign_id = ? AND c.public_at IS NOT NULL"
            + " AND" + PUBLISHABLE + NEWEST_FIRST + " LIMIT ? OFFSET ?";
    static final String COUNT_OF_CAMPAIGN = "SELECT COUNT(*) FROM program p JOIN campaign_program cp ON cp.program_id = p.id"
            + " JOIN campaign c ON c.id = cp.campaign_id WHERE cp.campaign_id = ? AND c.public_at IS NOT NULL"
            + " AND" + PUBLISHABLE;
    static final String CAMPAIGN = "SELECT c.id, c.name, u.code AS owner_code, u.name AS owner_name, c.period_start,"
            + " c.period_end, c.public_at FROM campaign c JOIN org_unit u ON u.id = c.owner_unit_id"
            + " WHERE c.id = ? AND c.public_at IS NOT NULL";

    static final String PROGRAM_PUBLIC_AT = "SELECT public_at FROM program WHERE id = ?";
    static final String CAMPAIGN_PUBLIC_AT = "SELECT public_at FROM campaign WHERE id = ?";
    static final String SET_PROGRAM_PUBLIC = "UPDATE program SET public_at = ? WHERE id = ?";
    static final String SET_CAMPAIGN_PUBLIC = "UPDATE campaign SET public_at = ? WHERE id = ?";
    static final String IS_PUBLIC_PROGRAM = "SELECT COUNT(*) FROM program p WHERE p.id = ? AND" + IS_PUBLIC;

    static final String COUNT_LISTEN = "INSERT INTO public_listen (program_id, day, plays, downloads) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (program_id, day) DO UPDATE SET plays = public_listen.plays + excluded.plays,"
            + " downloads = public_listen.downloads + excluded.downloads";
    static final String LISTENS = "SELECT COALESCE(SUM(plays), 0), COALESCE(SUM(downloads), 0) FROM public_listen"
            + " WHERE program_id = ?";

    private PublicSql() {
    }
}
