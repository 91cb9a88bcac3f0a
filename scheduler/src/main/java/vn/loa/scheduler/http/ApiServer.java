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
import java.util.List;
import vn.loa.scheduler.access.PasswordHasher;
import vn.loa.scheduler.access.Sessions;
import vn.loa.scheduler.access.StationCredentials;
import vn.loa.media.ContentStore;
import vn.loa.scheduler.config.SchedulerConfig;
import vn.loa.scheduler.publishing.SchedulePublisher;
import vn.loa.scheduler.programs.ProgramIngestion;
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

    private final SchedulerConfig config;
    private final AsyncStore store;
    private final Sessions sessions;
    private final StationCredentials credentials;
    private final Library library;
    private final Clock clock;
    private HttpServer server;

    /** The program library's parts the HTTP routes need: the ingestion, its worker pool, the media folder. */
    public record Library(ProgramIngestion ingestion, WorkerExecutor ingestWorkers, ContentStore media,
                          SchedulePublisher publisher, Runnable replanSoon) {
    }

    public ApiServer(SchedulerConfig config, AsyncStore store, Sessions sessions, Library library, Clock clock) {
        this.config = config;
        this.store = store;
        this.sessions = sessions;
        this.credentials = new StationCredentials(config.enrolmentCodeTtl());
        this.library = library;
        this.clock = clock;
    }

    /** The access settings the configuration implies, for building {@link Sessions}. */
    public static Sessions sessionsFor(SchedulerConfig config) {
        return new Sessions(new vn.loa.scheduler.access.AccessSettings(config.sessionIdle(), config.sessionAbsolute(),
                config.enrolmentCodeTtl(), config.https()), new PasswordHasher());
    }

    @Override
    public Future<?> start() {
        return OpenAPIContract.from(vertx, CONTRACT)
                .map(this::router)
                .compose(router -> {
                    ConnectionGuard guard = new ConnectionGuard(vertx, config.safeguards());
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

    /** Stops taking connections and lets requests in flight finish, for up to 10 seconds. */
    @Override
    public Future<?> stop() {
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
        routes.rootHandler(new SecurityHeaders(config.https()));
        routes.rootHandler(new ClientAddress(config.safeguards().trustedProxies()));
        // who calls, and whether they may, is settled before a byte of the body is read
        routes.rootHandler(new AccessGate(contract, store, sessions, credentials, clock));
        DiskFloor floor = new DiskFloor(config.dataDir(), config.healthMinFreeDiskBytes());
        routes.rootHandler(new BodyLimits(config.httpBodyLimitBytes(), config.importMaxBytes(),
                config.media().uploadMaxBytes(), config.dataDir().resolve("uploads").toString(), floor));
        routes.rootHandler(new JsonSyntaxCheck());
        new HealthRoutes(store, floor, clock).mount(routes);
        new SessionRoutes(store, sessions, clock).mount(routes);
        new OrgUnitRoutes(store, clock).mount(routes);
        new StationRoutes(store, clock, library.replanSoon()).mount(routes);
        new ImportRoutes(store, clock).mount(routes);
        new UserRoutes(store, sessions, clock).mount(routes);
        new CredentialRoutes(store, credentials, clock).mount(routes);
        new AgentRoutes(store, credentials, clock, library.publisher().changes(),
                new vn.loa.scheduler.asrun.AsRunIngest(config.safeguards().maxSequenceJump()),
                config.safeguards().maxLongPolls()).mount(routes);
        new AuditRoutes(store).mount(routes);
        new ProgramRoutes(store, library.media(), clock, library.replanSoon()).mount(routes);
        new ProgramUploadRoute(store, library.ingestion(), library.ingestWorkers(), config.dataDir().resolve("uploads"),
                clock).mount(routes.getRoute("uploadProgram"));
        new MediaRoute(store, library.media()).mount(routes);
        new CampaignRoutes(store, library.publisher(), clock).mount(routes);
        new NoticeRoutes(store, library.publisher(), clock).mount(routes);
        java.time.ZoneId stationZone = java.time.ZoneId.of(vn.loa.scheduler.domain.StationSpec.DEFAULT_TIME_ZONE);
        new DayRoutes(store, clock, stationZone).mount(routes);
        new ReportRoutes(store, clock, stationZone, config.silentAfter()).mount(routes);

        Router router = routes.createRouter();
        router.get("/api/openapi.yaml").handler(rc -> rc.response()
                .putHeader("Content-Type", "application/yaml; charset=utf-8")
                .sendFile(CONTRACT));
        // the console's libraries (Chart.js) come as WebJars, served from their jars at /webjars/NAME/VERSION/...
        router.get("/webjars/*").handler(StaticHandler.create(WEBJARS_ROOT).setDefaultContentEncoding("UTF-8"));
        router.get("/*").handler(StaticHandler.create(CONSOLE_ROOT).setDefaultContentEncoding("UTF-8"));

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
