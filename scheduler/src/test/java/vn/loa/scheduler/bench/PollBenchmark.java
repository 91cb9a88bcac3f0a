package vn.loa.scheduler.bench;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.loa.scheduler.SchedulerApp;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.Folders;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * The agents' commonest call, a schedule poll answered "unchanged" (304), against the bare limit: a Vert.x
 * route on one event loop that answers 304 with an ETag and does nothing else. Both are driven by the same wrk,
 * in the same run, from the same many callers (each request names the next of {@code stations} stations'
 * tokens and ETags), at 100 and 1,000 connections; the ratio of the two is what to read (this machine is
 * shared: absolute figures move between runs, ratios much less). Loa runs with its request log at WARN, as a
 * province's server with thousands of agents would. Prints, never asserts.
 *
 * <p>Run: {@code mvn -B -ntp -q -DskipTests -DskipITs install && mvn -B -ntp -q -pl scheduler test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=vn.loa.scheduler.bench.PollBenchmark} (optional arguments: stations,
 * default 1000; seconds per run, default 15). Installs Debian's wrk if missing.
 */
public final class PollBenchmark {

    private PollBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("LOA_REQUEST_LOG", "WARN");
        int stations = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Wrk.install();
        Path dir = Files.createTempDirectory("loa-poll-bench-");
        Vertx bare = Vertx.vertx();
        try (SchedulerApp loa = SchedulerApp.start(TestScheduler.config(dir,
                Map.of("LOA_HTTP_MAX_CONNECTIONS_PER_ADDRESS", "100000")), Clock.systemUTC())) {
            List<Wrk.Caller> agents = enrol(loa, stations);
            int barePort = bareRoute(bare);
            List<Wrk.Caller> bareCallers = new ArrayList<>();
            for (int i = 0; i < agents.size(); i++) {
                bareCallers.add(new Wrk.Caller("/bare/" + i, agents.get(i).token(), agents.get(i).etag()));
            }
            System.out.printf(Locale.ROOT, "schedule poll answered 304, %d stations' agents, %d s per run, wrk -t2 on loopback%n",
                    stations, seconds);
            for (int connections : new int[] {100, 1000}) {
                // a short warm-up of each, so both are measured compiled
                Wrk.run("http://127.0.0.1:" + barePort, bareCallers, connections, 3);
                Wrk.run(loa.url().replaceAll("/$", ""), agents, connections, 3);
                Wrk.Result limit = Wrk.run("http://127.0.0.1:" + barePort, bareCallers, connections, seconds);
                Wrk.Result poll = Wrk.run(loa.url().replaceAll("/$", ""), agents, connections, seconds);
                System.out.printf(Locale.ROOT, "%5d connections  bare Vert.x route %s%n", connections, limit.line());
                System.out.printf(Locale.ROOT, "%5d connections  Loa schedule poll %s%n", connections, poll.line());
                System.out.printf(Locale.ROOT, "%5d connections  ratio %.2f (target >= 0.5), Loa p99 %.1f ms (target < 50 ms)%n",
                        connections, poll.requestsPerSecond() / limit.requestsPerSecond(), poll.p99Millis());
            }
        } finally {
            bare.close().await(10, TimeUnit.SECONDS);
            Folders.delete(dir);
        }
    }

    /** Stations with a week of windows, each with an enrolled agent that has polled once: its token and ETag. */
    private static List<Wrk.Caller> enrol(SchedulerApp loa, int stations) {
        TestUsers.create(loa.store(), "quantri", Role.ADMIN, null);
        Api admin = new Api(loa.port()).signIn("quantri", TestUsers.PASSWORD);
        Fixtures.createTree(admin);
        List<String[]> enrolled = new ArrayList<>();
        for (int i = 0; i < stations; i++) {
            long id = Fixtures.expect(admin.post("/api/v1/stations", Fixtures.station(String.format(Locale.ROOT, "CB-%05d", i),
                    Fixtures.COMMUNE)), 201).json().getLong("id");
            String code = Fixtures.expect(admin.post("/api/v1/stations/" + id + "/enrolment-codes", new JsonObject()), 201)
                    .json().getString("code");
            String token = Fixtures.expect(new Api(loa.port()).post("/api/v1/agent/enrol", new JsonObject().put("code", code)), 200)
                    .json().getString("token");
            enrolled.add(new String[] {"/api/v1/stations/" + id + "/schedule", token});
        }
        // the week published for every station, as the replan after the last new station would: then the ETags hold
        loa.publisher().publish();
        List<Wrk.Caller> callers = new ArrayList<>();
        for (String[] e : enrolled) {
            Api agent = new Api(loa.port()).withToken(e[1]);
            String etag = Fixtures.expect(agent.get(e[0]), 200).header("ETag");
            if (agent.get(e[0], "If-None-Match", etag).status() != 304) {
                throw new IllegalStateException(e[0] + " is not answered 304 for its own ETag");
            }
            callers.add(new Wrk.Caller(e[0], e[1], etag));
        }
        return callers;
    }

    /** The bare limit: one event loop, one route, 304 and the ETag it was sent. */
    private static int bareRoute(Vertx vertx) throws Exception {
        Router router = Router.router(vertx);
        router.get("/bare/:n").handler(rc -> rc.response().setStatusCode(304)
                .putHeader("ETag", rc.request().getHeader("If-None-Match")).end());
        return vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .await(10, TimeUnit.SECONDS).actualPort();
    }
}
