package vn.loa.scheduler.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.store.Store;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.Folders;
import vn.loa.scheduler.testing.JarProcess;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestPostgres;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * A province in the field: thousands of simulated agents against real scheduler processes (the built jar), each
 * doing what the station agent does, on asynchronous HTTP: at its own offset in every sync interval a heartbeat,
 * four time exchanges, a schedule poll with the ETag it holds and its as-run records since the last sync; and a
 * long poll held all the while, a schedule pull when it answers "changed". The day is compressed: each station airs
 * {@code AIRINGS_PER_DAY} programs over the run, so records arrive as a day's would, faster. Halfway, a campaign is
 * published through the first instance, and every agent's long poll should wake. Prints throughput, p50/p99 and
 * errors per verb; never asserts.
 *
 * <p>Run: {@code mvn -B -ntp -q -DskipTests -DskipITs install && mvn -B -ntp -q -pl scheduler test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=vn.loa.scheduler.bench.FieldSimulation -Dexec.args="5000 180 sqlite"}
 * (agents, seconds, {@code sqlite} for one instance on its embedded store or {@code postgresql} for two instances
 * on one PostgreSQL, the agents split between them). Needs the built jar ({@code scheduler/target/loa-scheduler.jar}).
 */
public final class FieldSimulation {

    private static final int AIRINGS_PER_DAY = 24;
    private static final int SYNC_SECONDS = 60;
    private static final int LONG_POLL_SECONDS = 25;
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Verbs verbs = new Verbs();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicBoolean running = new AtomicBoolean(true);

    private FieldSimulation() {
    }

    public static void main(String[] args) throws Exception {
        int agents = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 180;
        boolean postgres = args.length > 2 && args[2].startsWith("postgres");
        if (System.getProperty("loa.scheduler.jar") == null && Files.exists(Path.of("scheduler/target/loa-scheduler.jar"))) {
            // run from the repository's root (exec:java keeps Maven's working directory)
            System.setProperty("loa.scheduler.jar", "scheduler/target/loa-scheduler.jar");
        }
        if (postgres) {
            System.setProperty(TestPostgres.STORE_PROPERTY, "postgresql");
        }
        Path dir = Files.createTempDirectory("loa-field-");
        List<JarProcess> instances = new ArrayList<>();
        try {
            try (Store store = TestScheduler.openStore(dir)) {
                TestUsers.create(store, "quantri", Role.ADMIN, null);
            }
            Map<String, String> environment = new HashMap<>(TestScheduler.SHORT_RULES);
            environment.put("LOA_REQUEST_LOG", "WARN");
            environment.put("LOA_HTTP_MAX_CONNECTIONS_PER_ADDRESS", "100000");
            environment.put("LOA_HTTP_MAX_LONG_POLLS", "100000");
            if (postgres) {
                environment.put("LOA_STORE_URL", TestScheduler.storeUrl(dir));
            }
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < (postgres ? 2 : 1); i++) {
                JarProcess instance = JarProcess.start(environment, "serve", "--port", "0", "--data", dir.toString());
                instances.add(instance);
                ports.add(URI.create(instance.awaitUrl(120)).getPort());
            }
            System.out.printf(Locale.ROOT, "field simulation: %d agents, %d s, %s (%d instance%s), sync every %d s,"
                            + " %d airings a station-day compressed into the run%n", agents, seconds,
                    postgres ? "PostgreSQL" : "SQLite", ports.size(), ports.size() == 1 ? "" : "s", SYNC_SECONDS, AIRINGS_PER_DAY);
            new FieldSimulation().run(instances, ports, agents, seconds);
        } finally {
            for (JarProcess instance : instances) {
                instance.close();
            }
            if (postgres) {
                TestPostgres.drop(dir);
            }
            Folders.delete(dir);
        }
    }

    /** The contract's operations the simulated agents call, under the verbs the simulation counts them. */
    private static final Map<String, String> VERB_OF_OPERATION = Map.of("postHeartbeat", "heartbeat", "getServerTime", "time",
            "getStationSchedule", "schedule", "postAsRunRecords", "as-run", "awaitScheduleChange", "long-poll");

    private void run(List<JarProcess> instances, List<Integer> ports, int agents, int seconds) throws Exception {
        Api admin = new Api(ports.get(0)).signIn("quantri", TestUsers.PASSWORD);
        List<SimulatedAgent> field = Provision.stations(admin, ports, agents);
        long program = Programs.approved(admin, Fixtures.DISTRICT, "Phòng chống rét cho trâu bò", 7).getLong("id");
        System.out.printf(Locale.ROOT, "%d stations enrolled; running%n", field.size());
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(4);
        Duration serversCpu = serversCpu(instances);
        Duration ownCpu = ownCpu();
        long started = System.nanoTime();
        for (SimulatedAgent agent : field) {
            long offset = Math.floorMod(agent.stationId * 7919L, SYNC_SECONDS * 1000L);
            timers.scheduleAtFixedRate(() -> sync(agent, started, seconds), offset, SYNC_SECONDS * 1000L, TimeUnit.MILLISECONDS);
            longPoll(agent);
        }
        try {
            Thread.sleep(seconds * 500L);
            verbs.markWake(System.nanoTime());
            Api.Reply created = admin.post("/api/v1/campaigns", campaign(program));
            Api.Reply published = created.status() == 201 ? admin.post("/api/v1/campaigns/" + created.json().getLong("id")
                    + "/publish", new JsonObject()) : created;
            verbs.markWake(System.nanoTime());
            if (published.status() != 200) {
                System.out.println("the campaign was not published: " + published);
            }
            Thread.sleep(seconds * 500L);
        } catch (RuntimeException e) {
            System.out.println("the campaign could not be published: " + e);
        } finally {
            running.set(false);
            timers.shutdownNow();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        double servers = serversCpu(instances).minus(serversCpu).toMillis() / 1000.0;
        double own = ownCpu().minus(ownCpu).toMillis() / 1000.0;
        verbs.print(seconds, field.size(), ServerTimers.read(ports, VERB_OF_OPERATION));
        System.out.printf(Locale.ROOT, "processor time over the %.0f s: the server%s %.0f s, this simulator %.0f s, of the %.0f s"
                        + " the machine's %d cores had%n", elapsed, instances.size() == 1 ? "" : "s", servers, own,
                elapsed * Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors());
    }

    private static Duration serversCpu(List<JarProcess> instances) {
        return instances.stream().map(JarProcess::cpu).reduce(Duration.ZERO, Duration::plus);
    }

    private static Duration ownCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** What the agent does every sync interval. */
    private void sync(SimulatedAgent agent, long started, int seconds) {
        if (!running.get()) {
            return;
        }
        send(agent, "heartbeat", post(agent, "/heartbeats", new JsonObject().put("agent_version", "sim").put("cache_state", "ok")))
                .thenCompose(x -> send(agent, "time", get(agent, "/api/v1/time", null)))
                .thenCompose(x -> send(agent, "time", get(agent, "/api/v1/time", null)))
                .thenCompose(x -> send(agent, "time", get(agent, "/api/v1/time", null)))
                .thenCompose(x -> send(agent, "time", get(agent, "/api/v1/time", null)))
                .thenCompose(x -> pullSchedule(agent))
                .thenCompose(x -> sendRecords(agent, started, seconds));
    }

    private CompletableFuture<HttpResponse<String>> pullSchedule(SimulatedAgent agent) {
        return send(agent, "schedule", get(agent, "/schedule", agent.etag)).thenApply(r -> {
            if (r != null && r.statusCode() == 200) {
                agent.etag = r.headers().firstValue("ETag").orElse(null);
            }
            return r;
        });
    }

    /** The records of the airings due since the last sync, on the compressed day. */
    private CompletableFuture<HttpResponse<String>> sendRecords(SimulatedAgent agent, long started, int seconds) {
        double dayFraction = Math.min(1.0, (System.nanoTime() - started) / 1e9 / seconds);
        long due = (long) Math.floor(dayFraction * AIRINGS_PER_DAY);
        JsonArray records = new JsonArray();
        // yesterday's airings, replayed as the run goes: all in the past, whatever the hour (the server refuses the future)
        Instant midnight = LocalDate.now(HANOI).minusDays(1).atStartOfDay(HANOI).toInstant();
        for (long n = agent.sent + 1; n <= due; n++) {
            Instant start = midnight.plusSeconds(n * 3600);
            records.add(new JsonObject().put("sequence", n).put("outcome", "played").put("seconds_played", 180.0)
                    .put("planned_start", start.toString()).put("actual_start", start.toString())
                    .put("actual_end", start.plusSeconds(180).toString()));
        }
        if (records.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return send(agent, "as-run", post(agent, "/as-run", new JsonObject().put("records", records))).thenApply(r -> {
            if (r != null && r.statusCode() == 200) {
                agent.sent = due;
                verbs.records(records.size());
            }
            return r;
        });
    }

    private void longPoll(SimulatedAgent agent) {
        if (!running.get()) {
            return;
        }
        String path = "/schedule/changes?wait=" + LONG_POLL_SECONDS + (agent.version == null ? "" : "&after=" + agent.version);
        send(agent, "long-poll", get(agent, path, null)).whenComplete((r, e) -> {
            if (r != null && r.statusCode() == 200) {
                JsonObject answer = new JsonObject(r.body());
                boolean changed = answer.getBoolean("changed", false);
                String before = agent.version;
                agent.version = answer.getString("version");
                if (changed && before != null) {
                    verbs.woken(System.nanoTime());
                    pullSchedule(agent).whenComplete((x, y) -> longPoll(agent));
                    return;
                }
            }
            longPoll(agent);
        });
    }

    private HttpRequest get(SimulatedAgent agent, String path, String etag) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(agent.base + (path.startsWith("/api") ? path
                : "/api/v1/stations/" + agent.stationId + path))).timeout(Duration.ofSeconds(LONG_POLL_SECONDS + 30))
                .header("Authorization", "Bearer " + agent.token);
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        return b.GET().build();
    }

    private HttpRequest post(SimulatedAgent agent, String path, JsonObject body) {
        return HttpRequest.newBuilder(URI.create(agent.base + "/api/v1/stations/" + agent.stationId + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + agent.token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.encode(), StandardCharsets.UTF_8)).build();
    }

    /** Sends, times and counts under {@code verb}; an error is counted, and answered as null. */
    private CompletableFuture<HttpResponse<String>> send(SimulatedAgent agent, String verb, HttpRequest request) {
        long start = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).handle((r, e) -> {
            long nanos = System.nanoTime() - start;
            boolean ok = e == null && (r.statusCode() < 400);
            verbs.count(verb, nanos, ok);
            return e == null ? r : null;
        });
    }

    private static JsonObject campaign(long program) {
        LocalDate today = LocalDate.now(HANOI);
        return new JsonObject().put("name", "Tuyên truyền mùa đông").put("owner_unit_code", Fixtures.DISTRICT)
                .put("period_start", today.toString()).put("period_end", today.plusDays(30).toString())
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 1))
                .put("target_units", new JsonArray().add(Fixtures.DISTRICT)).put("program_ids", new JsonArray().add(program));
    }

    /** One station's agent as the simulation knows it. */
    static final class SimulatedAgent {
        final long stationId;
        final String token;
        final String base;
        volatile String etag;
        volatile String version;
        volatile long sent;

        SimulatedAgent(long stationId, String token, String base) {
            this.stationId = stationId;
            this.token = token;
            this.base = base;
        }
    }

    /** Stations imported as a CSV, then each enrolled (several at a time), spread over the instances. */
    static final class Provision {

        private Provision() {
        }

        static List<SimulatedAgent> stations(Api admin, List<Integer> ports, int count) throws Exception {
            Fixtures.createTree(admin);
            for (int first = 0; first < count; first += 1000) {
                StringBuilder csv = new StringBuilder("code,name,commune_code,languages,windows\n");
                for (int i = first; i < Math.min(count, first + 1000); i++) {
                    csv.append(String.format(Locale.ROOT, "SIM-%05d,Đài xã mô phỏng %d,%s,vi,T2-CN 06:00-06:30; T2-CN 17:00-17:45%n",
                            i, i, Fixtures.COMMUNE));
                }
                Fixtures.expect(admin.sendBytes("POST", "/api/v1/imports/stations", "text/csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8)), 200);
            }
            JsonArray listed = Fixtures.expect(admin.get("/api/v1/stations"), 200).items();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < listed.size(); i++) {
                if (listed.getJsonObject(i).getString("code").startsWith("SIM-")) {
                    ids.add(listed.getJsonObject(i).getLong("id"));
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<CompletableFuture<SimulatedAgent>> enrolled = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                int port = ports.get(i % ports.size());
                enrolled.add(CompletableFuture.supplyAsync(() -> {
                    String code = Fixtures.expect(admin.post("/api/v1/stations/" + id + "/enrolment-codes", new JsonObject()), 201)
                            .json().getString("code");
                    String token = Fixtures.expect(new Api(port).post("/api/v1/agent/enrol", new JsonObject().put("code", code)), 200)
                            .json().getString("token");
                    return new SimulatedAgent(id, token, "http://127.0.0.1:" + port);
                }, pool));
            }
            List<SimulatedAgent> agents = new ArrayList<>();
            for (CompletableFuture<SimulatedAgent> f : enrolled) {
                agents.add(f.get());
            }
            pool.shutdown();
            return agents;
        }
    }
}
