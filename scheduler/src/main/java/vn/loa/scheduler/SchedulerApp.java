package vn.loa.scheduler;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MetricsDomain;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.core.WorkerExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.access.AuditLog;
import vn.loa.scheduler.access.Sessions;
import vn.loa.scheduler.access.SignIns;
import vn.loa.scheduler.access.StationCredentials;
import vn.loa.scheduler.access.TokenCache;
import vn.loa.scheduler.agents.ScheduleTags;
import vn.loa.scheduler.access.Users;
import vn.loa.scheduler.agents.AgentCredentials;
import vn.loa.scheduler.agents.StationAgents;
import vn.loa.scheduler.asrun.AsRunIngest;
import vn.loa.scheduler.campaigns.Campaigns;
import vn.loa.scheduler.config.SchedulerConfig;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.handplans.HandPlans;
import vn.loa.scheduler.http.ApiServer;
import vn.loa.scheduler.http.Meters;
import vn.loa.scheduler.http.Services;
import vn.loa.scheduler.imports.Imports;
import vn.loa.scheduler.jobs.PlanningJobs;
import vn.loa.scheduler.notices.Notices;
import vn.loa.scheduler.programs.ProgramLibrary;
import vn.loa.scheduler.publishing.ChangeSweep;
import vn.loa.scheduler.publishing.ScheduleChanges;
import vn.loa.scheduler.publishing.SchedulePublisher;
import vn.loa.scheduler.registry.OrgUnits;
import vn.loa.scheduler.registry.PlanningGroups;
import vn.loa.scheduler.registry.Sites;
import vn.loa.scheduler.registry.Stations;
import vn.loa.scheduler.portal.Portal;
import vn.loa.scheduler.relays.RelaySlots;
import vn.loa.scheduler.relays.RelaySources;
import vn.loa.scheduler.relays.StreamProbe;
import vn.loa.scheduler.reports.Reports;
import vn.loa.scheduler.reports.SignedLogs;
import vn.loa.scheduler.reports.SilenceWatch;
import vn.loa.scheduler.reports.WebhookSender;
import vn.loa.scheduler.store.AsyncStore;
import vn.loa.scheduler.store.Stores;
import vn.loa.scheduler.store.Store;

/**
 * One running scheduler: the store, a Vert.x instance and the HTTP server over them. {@link #start}
 * returns once the port is bound; {@link #close} lets requests in flight finish, then closes the store.
 */
public final class SchedulerApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerApp.class);

    private final Vertx vertx;
    private final Store store;
    private final ApiServer server;
    private final SchedulerConfig config;
    private final MediaLibrary mediaLibrary;
    private final SchedulePublisher publisher;
    private final Services services;
    private final PlanningJobs jobs;
    private final ChangeSweep sweep;

    private SchedulerApp(Vertx vertx, Store store, ApiServer server, SchedulerConfig config, MediaLibrary mediaLibrary,
                         SchedulePublisher publisher, Services services, PlanningJobs jobs, ChangeSweep sweep) {
        this.vertx = vertx;
        this.store = store;
        this.server = server;
        this.config = config;
        this.mediaLibrary = mediaLibrary;
        this.publisher = publisher;
        this.services = services;
        this.jobs = jobs;
        this.sweep = sweep;
    }

    public SchedulePublisher publisher() {
        return publisher;
    }

    /** The use cases, for the demo and commands that act as Loa itself. */
    public Services services() {
        return services;
    }

    public MediaLibrary mediaLibrary() {
        return mediaLibrary;
    }

    private static final int SILENCE_CHECK_SECONDS = 300;
    /** How soon a change made elsewhere (another instance, a command) wakes this instance's long polls. */
    private static final Duration CHANGE_SWEEP = Duration.ofMillis(500);
    private static final int WEBHOOK_SECONDS = 30;
    /** How long a relay stream is given to answer when an admin names it or tests it. */
    private static final Duration RELAY_PROBE_TIMEOUT = Duration.ofSeconds(5);

    public static SchedulerApp start(SchedulerConfig config, Store store, Clock clock) {
        Meters meters = new Meters(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        // Vert.x's own meters (the JVM, pools) on the same registry as Loa's; not its per-request HTTP meters, which cost
        // a fifth of an agent's poll (PollBenchmark): Loa's per-operation timers and connection gauge stand in
        Vertx vertx = Vertx.builder().with(new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions()
                        .setEnabled(true).setJvmMetricsEnabled(true).addDisabledMetricsCategory(MetricsDomain.EVENT_BUS)
                        .addDisabledMetricsCategory(MetricsDomain.HTTP_SERVER)))
                .withMetrics(new MicrometerMetricsFactory(meters.registry())).build();
        meters.gauge("loa.store.connections", "the store's pooled connections", "state", "active", () -> store.connections().active());
        meters.gauge("loa.store.connections", "the store's pooled connections", "state", "idle", () -> store.connections().idle());
        meters.gauge("loa.store.connections", "the store's pooled connections", "state", "waiting",
                () -> store.connections().waiting());
        WorkerExecutor workers = vertx.createSharedWorkerExecutor("loa-store", config.workerPoolSize());
        WorkerExecutor ingestWorkers = vertx.createSharedWorkerExecutor("loa-ingest", config.media().ingestWorkers(),
                2, TimeUnit.HOURS);
        MediaLibrary library = MediaLibrary.open(config, store, clock);
        ZoneId zone = ZoneId.of(StationSpec.DEFAULT_TIME_ZONE);
        SchedulePublisher publisher = new SchedulePublisher(store, clock, config.horizonDays(), zone, config.freezeLead());
        SilenceWatch silence = new SilenceWatch(store, config.silentAfter());
        WebhookSender webhooks = new WebhookSender(store, config.webhookUrl());
        PlanningJobs jobs = PlanningJobs.start(publisher, zone, List.of(
                new PlanningJobs.Periodic("silent-stations", SILENCE_CHECK_SECONDS, () -> silence.check(clock.instant())),
                new PlanningJobs.Periodic("webhooks", WEBHOOK_SECONDS, () -> webhooks.deliver(clock.instant()))),
                config.embeddedStore() ? null : Stores.jdbcUrl(config.storeUrl()), meters::jobRan);
        WorkerExecutor reportWorkers = vertx.createSharedWorkerExecutor("loa-reports", config.safeguards().reportWorkers());
        Duration reportLimit = Duration.ofSeconds(config.safeguards().reportTimeLimitSeconds());
        AsyncStore async = new AsyncStore(store, workers, reportWorkers);
        Sessions sessions = ApiServer.sessionsFor(config);
        StationCredentials credentials = new StationCredentials(config.enrolmentCodeTtl());
        Services services = new Services(new SignIns(store, sessions, clock), new Users(store, sessions, clock),
                new AuditLog(store),
                new OrgUnits(store, clock, jobs::replanSoon), new Stations(store, clock, jobs::replanSoon),
                new Sites(store, clock, config.silentAfter()), new PlanningGroups(store, clock), new Imports(store, clock),
                new AgentCredentials(store, credentials, clock),
                new StationAgents(store, credentials, new AsRunIngest(config.safeguards().maxSequenceJump()), clock),
                new ProgramLibrary(store, library.contentStore(), config.dataDir().resolve("uploads"), clock, jobs::replanSoon,
                        config.media().loudness()),
                new Campaigns(store, publisher, clock), new Notices(store, publisher, clock, zone),
                new Reports(store, clock, zone, config.silentAfter(), reportLimit),
                new Portal(store, library.contentStore(), clock, zone), new HandPlans(store, publisher, clock, zone),
                new RelaySources(store, publisher, new StreamProbe(RELAY_PROBE_TIMEOUT), clock),
                new RelaySlots(store, publisher, clock, zone), new SignedLogs(store, reportLimit));
        ScheduleTags tags = new ScheduleTags(store);
        TokenCache tokens = new TokenCache(store, Duration.ofSeconds(config.safeguards().tokenCacheSeconds()));
        // long polls wake, and cached answers and tokens are forgotten, on whichever instance or command changed them
        ScheduleChanges changes = new ScheduleChanges();
        ChangeSweep sweep = new ChangeSweep(store, CHANGE_SWEEP, changes, tags::forgetAll, tokens::forgetAll);
        store.watch(Set.of("schedule_version", "token_change"), sweep::kick);
        ApiServer server = new ApiServer(config, async, sessions,
                new ApiServer.Library(library.ingestion(), ingestWorkers, changes, tags, tokens, meters),
                services, clock);
        try {
            vertx.deployVerticle(server).await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            sweep.close();
            jobs.close();
            vertx.close();
            throw new IllegalStateException(bindMessage(config, e), e);
        }
        // renditions made under an older levelling are brought onto the target in the background; then every
        // rendition without a reference fingerprint (from before them, or just re-levelled) gets one
        ingestWorkers.executeBlocking(() -> {
                    int relevelled = library.relevelling().run();
                    library.fingerprints().backfill();
                    return relevelled;
                }, false)
                .onSuccess(count -> {
                    if (count > 0) {
                        jobs.replanSoon();
                    }
                })
                .onFailure(e -> LOG.warn("[ingest] re-levelling stopped: {}", e.toString()));
        return new SchedulerApp(vertx, store, server, config, library, publisher, services, jobs, sweep);
    }

    /** Opens the SQLite store in the configured data directory and starts on it. */
    public static SchedulerApp start(SchedulerConfig config, Clock clock) {
        return start(config, Stores.open(config.storeUrl(), config.dataDir(), config.storeBusyTimeoutMillis()), clock);
    }

    public int port() {
        return server.actualPort();
    }

    public String url() {
        String host = config.httpHost().equals("0.0.0.0") ? "localhost" : config.httpHost();
        return (config.https() ? "https://" : "http://") + host + ":" + port() + "/";
    }

    public Store store() {
        return store;
    }

    @Override
    public void close() {
        sweep.close();
        jobs.close();
        try {
            vertx.close().await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("[server] Vert.x did not close cleanly: {}", e.toString());
        } finally {
            store.close();
        }
    }

    private static String bindMessage(SchedulerConfig config, Exception e) {
        String reason = e.getMessage() == null ? e.toString() : e.getMessage();
        if (reason.contains("Address already in use") || reason.contains("bind")) {
            return "Cổng " + config.httpPort() + " trên " + config.httpHost() + " đang bận; hãy chạy với --port khác."
                    + " / Port " + config.httpPort() + " is in use; run with another --port. (" + reason + ")";
        }
        return "Không khởi động được máy chủ / The server did not start: " + reason;
    }
}
