package vn.loa.scheduler.store;

/** The repositories bound to one transaction of a {@link Store}. Valid only inside that transaction. */
public interface Repositories {

    OrgUnitRepository orgUnits();

    StationRepository stations();

    SiteRepository sites();

    PlanningGroupRepository planningGroups();

    MergerRepository mergers();

    UserRepository users();

    SessionRepository sessions();

    LoginFailureRepository loginFailures();

    CredentialRepository credentials();

    AuditRepository audit();

    AgentReportRepository agentReports();

    ProgramRepository programs();

    PublicRepository publicPrograms();

    PlanningRepository planning();

    NoticeRepository notices();

    ReportRepository reports();

    SilenceRepository silence();

    SettingsRepository settings();

    HandRepository hand();

    FallbackRepository fallback();

    RelayRepository relays();

    ChainRepository chains();

    FingerprintRepository fingerprints();

    ChangeRepository changes();
}
