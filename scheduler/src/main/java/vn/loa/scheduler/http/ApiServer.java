package vn.loa.scheduler.http;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import vn.loa.scheduler.access.AccessSettings;
import vn.loa.scheduler.access.PasswordHasher;
import vn.loa.scheduler.access.Sessions;
import vn.loa.scheduler.access.StationCredentials;
import vn.loa.scheduler.access.TokenCache;
import vn.loa.scheduler.agents.ScheduleTags;
import vn.loa.scheduler.config.SchedulerConfig;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.portal.PublicPage;
import vn.loa.scheduler.programs.ProgramIngestion;
import vn.loa.scheduler.publishing.ScheduleChanges;
import vn.loa.scheduler.store.AsyncStore;

/**
 * The HTTP face of the scheduler: the API described by {@code openapi/loa-api.yaml} (every request
 * checked by {@link AccessGate}, then validated against the contract), the document itself, and the
 * console's static assets. Deployment fails when the contract does not load, an operation has no
 * access rule, or the port cannot be bound.
 */
public final class ApiServer extends VerticleBase {

    public static final String CONTRACT = "openapi/loa-api.yaml";
    private static final String CONSOLE_ROOT = "loa-console";
    private static final String WEBJARS_ROOT = "META-INF/resources/webjars";
    /** What every agent calls at each sync or holds open: validated by {@link QuickValidation}. */
    static final String[] AGENTS_CALLS = {"postAsRunRecords", "postHeartbeat", "getStationSchedule", "awaitScheduleChange",
        "getServerTime", "getMedia", "headMedia"};

    private final SchedulerConfig config;
    private final AsyncStore store;
    private final Sessions sessions;
    private final StationCredentials credentials;
    private final Library library;
    private final Services services;
    private final Clock clock;
    private final HeldRequests held = new HeldRequests();
    private HttpServer server;
    private ConnectionGuard guard;

    /**
     * What the transport itself holds besides the use cases: the ingestion and its worker pool (an upload is
     * answered before ingest runs), the schedule changes long polls wait on, and what polls are answered from
     * without the store (schedule ETags, station tokens).
     */
    public record Library(ProgramIngestion ingestion, WorkerExecutor ingestWorkers, ScheduleChanges changes,
                          ScheduleTags scheduleTags, TokenCache tokens, Meters meters) {
    }


    public ApiServer(SchedulerConfig config, AsyncStore store, Sessions sessions, Library library, Services services,
                     Clock clock) {
        this.config = config;
        this.store = store;
        this.sessions = sessions;
        this.credentials = new StationCredentials(config.enrolmentCodeTtl());
        this.library = library;
        this.services = services;
        this.clock = clock;
    }

    /** The access settings the configuration implies, for building {@link Sessions}. */
    public static Sessions sessionsFor(SchedulerConfig config) {
        return new Sessions(new AccessSettings(config.sessionIdle(), config.sessionAbsolute(),
                config.enrolmentCodeTtl(), config.https()), new PasswordHasher());
    }

    @Override
    public Future<?> start() {
        return OpenAPIContract.from(vertx, CONTRACT)
                .map(this::router)
                .compose(router -> {
                    // made here, on the server's event loop: its sweep runs where its connections' events do
                    guard = new ConnectionGuard(vertx, config.safeguards());
                    library.meters().gauge("loa.http.connections", "HTTP connections open now (agents' long polls hold one each)",
                            guard::openConnections);
                    return vertx.createHttpServer(serverOptions())
                            .connectionHandler(guard::connected)
                            .requestHandler(request -> {
                                guard.requestStarted(request);
                                router.handle(request);
                            })
                            .listen(config.httpPort(), config.httpHost());
                })
                .onSuccess(s -> server = s);
    }

    /**
     * Stops taking connections and lets requests in flight finish, for up to 10 seconds; the requests held
     * open on purpose (long polls, event streams) are answered at once so that they do not take the 10.
     */
    @Override
    public Future<?> stop() {
        held.endAll();
        if (guard != null) {
            guard.close();
        }
        return server == null ? Future.succeededFuture() : server.shutdown(Duration.ofSeconds(10));
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int actualPort() {
        return server.actualPort();
    }

    private HttpServerOptions serverOptions() {
        // no cleartext HTTP/2: its protocol sniffing creates a connection only once bytes arrive, so a
        // client that connects and sends nothing would escape the per-address cap and the header timeout
        HttpServerOptions options = new HttpServerOptions().setCompressionSupported(true).setHttp2ClearTextEnabled(false)
                .setIdleTimeout(config.safeguards().idleTimeoutSeconds());
        if (config.https()) {
            options.setSsl(true).setKeyCertOptions(new PemKeyCertOptions()
                    .setCertPath(config.tlsCertPem().toString())
                    .setKeyPath(config.tlsKeyPem().toString()));
        }
        return options;
    }

    private Router router(OpenAPIContract contract) {
        requireRulesFor(contract.operations());
        RouterBuilder routes = RouterBuilder.create(vertx, contract, RequestExtractor.withBodyHandler());
        routes.rootHandler(new ReceivedAt(clock));
        routes.rootHandler(new RequestLog());
        routes.rootHandler(new RequestMetrics(library.meters()));
        routes.rootHandler(new SecurityHeaders(config.https(), config.mapTiles() == null ? null : config.mapTiles().origin()));
        routes.rootHandler(new ClientAddress(config.safeguards().trustedProxies()));
        routes.rootHandler(new UnchangedSchedule(library.tokens(), library.scheduleTags(), clock));
        // who calls, and whether they may, is settled before a byte of the body is read
        routes.rootHandler(new AccessGate(contract, store, sessions, credentials, library.tokens(), clock));
        DiskFloor floor = new DiskFloor(config.dataDir(), config.healthMinFreeDiskBytes());
        routes.rootHandler(new BodyLimits(config.httpBodyLimitBytes(), config.importMaxBytes(),
                config.media().uploadMaxBytes(), config.dataDir().resolve("uploads").toString(), floor));
        routes.rootHandler(new JsonSyntaxCheck());
        new HealthRoutes(store, floor, clock).mount(routes);
        new SessionRoutes(store, sessions, services.signIns()).mount(routes);
        new OrgUnitRoutes(store, services.units()).mount(routes);
        new SettingsRoutes(store, services.units()).mount(routes);
        new HandPlanRoutes(store, services.hand()).mount(routes);
        new RelayRoutes(store, services.relaySources(), services.relaySlots()).mount(routes);
        new StationRoutes(store, services.stations()).mount(routes);
        new SiteRoutes(store, services.sites()).mount(routes);
        new PlanningGroupRoutes(store, services.planningGroups()).mount(routes);
        new ImportRoutes(store, services.imports()).mount(routes);
        new UserRoutes(store, services.users()).mount(routes);
        new CredentialRoutes(store, services.credentials()).mount(routes);
        LiveFeed live = new LiveFeed();
        // before the agents' handlers: the quick check replaces the router's validation for their calls (the library
        // copies its whole table of the contract's schemas for each parameter it checks: a core of two for 5,000 agents)
        QuickValidation.install(vertx, contract, routes, AGENTS_CALLS);
        new AgentRoutes(store, services.agents(), clock, library.changes(), library.scheduleTags(),
                config.safeguards().maxLongPolls(), live, library.meters(), held)
                .mount(routes);
        new EventStreamRoute(live, held).mount(routes);
        new AuditRoutes(store, services.auditLog()).mount(routes);
        new ProgramRoutes(store, services.programs(), library.ingestion()).mount(routes);
        new ProgramUploadRoute(store, services.programs(), library.ingestion(), library.ingestWorkers())
                .mount(routes.getRoute("uploadProgram"));
        new MediaRoute(store, services.programs()).mount(routes);
        new PublicRoutes(store, services.portal(), new PublicPage(ZoneId.of(StationSpec.DEFAULT_TIME_ZONE)),
                config.safeguards().portalFrameAncestors(), config.safeguards().maxPublicRequests()).mount(routes);
        new CampaignRoutes(store, services.campaigns()).mount(routes);
        new NoticeRoutes(store, services.notices()).mount(routes);
        new DayRoutes(store, services.reports(), clock, config.mapTiles()).mount(routes);
        new ReportRoutes(store, services.reports()).mount(routes);
        new SignedLogRoutes(store, services.signedLogs(), services.reports()).mount(routes);

        Router router = routes.createRouter();
        router.get("/metrics").handler(new MetricsRoute(library.meters().registry()));
        router.get("/api/openapi.yaml").handler(rc -> rc.response()
                .putHeader("Content-Type", "application/yaml; charset=utf-8")
                .sendFile(CONTRACT));
        // the console's libraries (Chart.js) come as WebJars, served from their jars at /webjars/NAME/VERSION/...
        router.get("/webjars/*").handler(StaticHandler.create(WEBJARS_ROOT).setDefaultContentEncoding("UTF-8"));
        new ConsoleAssets(CONSOLE_ROOT).mount(router);

        FailureHandler failures = new FailureHandler();
        router.route().failureHandler(failures);
        for (int status : new int[] {400, 404, 405, 413, 415, 500}) {
            router.errorHandler(status, failures);
        }
        return router;
    }

    /** A route nobody declared access for is a route anybody could call: refuse to start instead. */
    private static void requireRulesFor(List<Operation> operations) {
        List<String> undeclared = operations.stream().map(Operation::getOperationId)
                .filter(id -> AccessRules.forOperation(id).isEmpty()).toList();
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("operations without an access rule in AccessRules: " + undeclared);
        }
    }
}
