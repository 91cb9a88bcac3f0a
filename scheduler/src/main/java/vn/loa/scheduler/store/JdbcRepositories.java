package vn.loa.scheduler.store;

/** Every JDBC repository over one transaction's connection; created lazily, used by one thread. */
final class JdbcRepositories implements Repositories {

    private final Sql sql;

    JdbcRepositories(Sql sql) {
        this.sql = sql;
    }

    @Override
    public OrgUnitRepository orgUnits() {
        return new JdbcOrgUnitRepository(sql);
    }

    @Override
    public StationRepository stations() {
        return new JdbcStationRepository(sql);
    }

    @Override
    public SiteRepository sites() {
        return new JdbcSiteRepository(sql);
    }

    @Override
    public PlanningGroupRepository planningGroups() {
        return new JdbcPlanningGroupRepository(sql);
    }

    @Override
    public MergerRepository mergers() {
        return new JdbcMergerRepository(sql);
    }

    @Override
    public UserRepository users() {
        return new JdbcUserRepository(sql);
    }

    @Override
    public SessionRepository sessions() {
        return new JdbcSessionRepository(sql);
    }

    @Override
    public LoginFailureRepository loginFailures() {
        return new JdbcLoginFailureRepository(sql);
    }

    @Override
    public CredentialRepository credentials() {
        return new JdbcCredentialRepository(sql);
    }

    @Override
    public AgentReportRepository agentReports() {
        return new JdbcAgentReportRepository(sql);
    }

    @Override
    public ProgramRepository programs() {
        return new JdbcProgramRepository(sql);
    }

    @Override
    public PublicRepository publicPrograms() {
        return new JdbcPublicRepository(sql);
    }

    @Override
    public PlanningRepository planning() {
        return new JdbcPlanningRepository(sql);
    }

    @Override
    public NoticeRepository notices() {
        return new JdbcNoticeRepository(sql);
    }

    @Override
    public SilenceRepository silence() {
        return new JdbcSilenceRepository(sql);
    }

    @Override
    public ReportRepository reports() {
        return new JdbcReportRepository(sql);
    }

    @Override
    public AuditRepository audit() {
        return new JdbcAuditRepository(sql);
    }

    @Override
    public SettingsRepository settings() {
        return new JdbcSettingsRepository(sql);
    }

    @Override
    public HandRepository hand() {
        return new JdbcHandRepository(sql);
    }

    @Override
    public FallbackRepository fallback() {
        return new JdbcFallbackRepository(sql);
    }

    @Override
    public RelayRepository relays() {
        return new JdbcRelayRepository(sql);
    }

    @Override
    public ChainRepository chains() {
        return new JdbcChainRepository(sql);
    }

    @Override
    public FingerprintRepository fingerprints() {
        return new JdbcFingerprintRepository(sql);
    }

    @Override
    public ChangeRepository changes() {
        return new JdbcChangeRepository(sql);
    }
}
