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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.loa.scheduler.SchedulerApp;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.store.SqliteStore;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.Folders;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * As-run ingest against the bare limit, in one run: raw JDBC batch inserts of as-run rows into a SQLite file of
 * Loa's schema, 100 rows a batch, each batch committed with {@code synchronous=FULL} (what an acknowledgement
 * needs); and Loa's {@code POST /stations/{id}/as-run}, batches of 100 from {@code senders} agents at once over
 * loopback HTTP, each acknowledged after its commit (the roll-ups, the sequence book and the item airings updated in
 * the same transaction). Prints records per second, the ratio and the batch latency; never asserts.
 *
 * <p>Run: {@code mvn -B -ntp -q -DskipTests -DskipITs install && mvn -B -ntp -q -pl scheduler test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=vn.loa.scheduler.bench.AsRunBenchmark} (optional arguments: batches
 * per sender, default 100; senders, default 16).
 */
public final class AsRunBenchmark {

    private static final int BATCH = 100;


    private AsRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("LOA_REQUEST_LOG", "WARN");
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int senders = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        Path rawDir = Files.createTempDirectory("loa-asrun-raw-");
        Path loaDir = Files.createTempDirectory("loa-asrun-bench-");
        try {
            SteadyState.warm(round -> rawRowsPerSecond(rawDir.resolve("warm-" + round), senders * batches));
            long rawCompiled = SteadyState.compiledMillis();
            double raw = rawRowsPerSecond(rawDir.resolve("measured"), senders * batches);
            rawCompiled = SteadyState.compiledMillis() - rawCompiled;
            try (SchedulerApp loa = SchedulerApp.start(TestScheduler.config(loaDir,
                    Map.of("LOA_HTTP_MAX_CONNECTIONS_PER_ADDRESS", "100000", "LOA_ASRUN_MAX_SEQUENCE_JUMP", "1000000")),
                    Clock.systemUTC())) {
                double[] loaFigures = loaRecordsPerSecond(loa, senders, batches);
                System.out.printf(Locale.ROOT, "as-run ingest, batches of %d, %d batches%n", BATCH, senders * batches);
                System.out.printf(Locale.ROOT, "raw JDBC batch insert, commit per batch, synchronous=FULL: %,.0f rows/s%n", raw);
                System.out.printf(Locale.ROOT, "Loa POST as-run, %d agents at once, acknowledged after commit: %,.0f records/s,"
                        + " batch p50 %.1f ms, p99 %.1f ms%n", senders, loaFigures[0], loaFigures[1], loaFigures[2]);
                System.out.printf(Locale.ROOT, "after %d warm-up rounds each, the JIT compiling during the measured round: raw"
                        + " %.1f s, Loa %.1f s of %.1f s%n", SteadyState.WARM_ROUNDS, rawCompiled / 1e3, loaFigures[3] / 1e3,
                        loaFigures[4]);
                System.out.printf(Locale.ROOT, "ratio %.2f (target >= 0.5)%n", loaFigures[0] / raw);
            }
        } finally {
            Folders.delete(rawDir);
            Folders.delete(loaDir);
        }
    }

    /** The limit: the same rows, straight into the table of a new store in {@code dir}, 100 to a batch and a commit. */
    private static double rawRowsPerSecond(Path dir, int batches) throws Exception {
        SqliteStore.open(dir, 5000).close();
        Path file = dir.resolve(SqliteStore.FILE_NAME);
        // without the driver's fetch of generated keys after each INSERT, as Loa's connections
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file + "?jdbc.get_generated_keys=false")) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
                s.execute("INSERT INTO org_unit (id, code, name, level, created_at, updated_at)"
                        + " VALUES (1, '01273', 'Phường Hợp Giang', 'commune', '2026-12-07T00:00:00Z', '2026-12-07T00:00:00Z')");
                s.execute("INSERT INTO station (id, code, name, org_unit_id, created_at, updated_at)"
                        + " VALUES (1, 'CB-01273', 'Đài Hợp Giang', 1, '2026-12-07T00:00:00Z', '2026-12-07T00:00:00Z')");
            }
            c.setAutoCommit(false);
            c.commit();
            // the instants are written before the clock starts, as Loa's bodies are
            String[] instants = new String[batches * BATCH + 1];
            for (int i = 1; i < instants.length; i++) {
                instants[i] = Instant.parse("2026-12-07T00:00:00Z").plusSeconds(i).toString();
            }
            long start = System.nanoTime();
            long sequence = 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO as_run_record (station_id, enrolment_id,"
                    + " sequence, day, planned_start, actual_start, actual_end, seconds_played, outcome, received_at)"
                    + " VALUES (1, 1, ?, '2026-12-07', ?, ?, ?, 180.0, 'played', ?)")) {
                for (int b = 0; b < batches; b++) {
                    for (int i = 0; i < BATCH; i++) {
                        String at = instants[(int) ++sequence];
                        insert.setLong(1, sequence);
                        insert.setString(2, at);
                        insert.setString(3, at);
                        insert.setString(4, at);
                        insert.setString(5, at);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    c.commit();
                }
            }
            return sequence / ((System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * {records per second, batch p50 ms, batch p99 ms, JIT ms, seconds} of the measured round over HTTP, {@code senders}
     * stations at once.
     */
    private static double[] loaRecordsPerSecond(SchedulerApp loa, int senders, int batches) throws Exception {
        TestUsers.create(loa.store(), "quantri", Role.ADMIN, null);
        Api admin = new Api(loa.port()).signIn("quantri", TestUsers.PASSWORD);
        Fixtures.createTree(admin);
        List<Long> stations = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            long id = Fixtures.expect(admin.post("/api/v1/stations", Fixtures.station(String.format(Locale.ROOT, "AR-%03d", i),
                    Fixtures.COMMUNE)), 201).json().getLong("id");
            stations.add(id);
            tokens.add(Fixtures.enrol(admin, new Api(loa.port()), id));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        // rounds of the same size warm the server's code up as the raw side's warm it
        // a second apart, every round's records end before now
        Instant first = Instant.now().minusSeconds((SteadyState.WARM_ROUNDS + 1L) * batches * BATCH);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            SteadyState.warm(round -> round(loa, http, pool, stations, tokens, bodies(senders, batches, round, first)));
            String[][] bodies = bodies(senders, batches, SteadyState.WARM_ROUNDS, first);
            long compiled = SteadyState.compiledMillis();
            long start = System.nanoTime();
            long[][] latencies = round(loa, http, pool, stations, tokens, bodies);
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
            return new double[] {senders * (double) batches * BATCH / seconds, all[all.length / 2] / 1e6,
                all[(int) Math.ceil(all.length * 0.99) - 1] / 1e6, SteadyState.compiledMillis() - compiled, seconds};
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Each sender's bodies of round {@code round}, its records numbered on from the round before: written before the
     * clock starts, since the load's own making is not the server's work.
     */
    private static String[][] bodies(int senders, int batches, int round, Instant first) {
        String[][] bodies = new String[senders][batches];
        for (int s = 0; s < senders; s++) {
            long sequence = (long) round * batches * BATCH;
            for (int b = 0; b < batches; b++) {
                JsonArray records = new JsonArray();
                for (int i = 0; i < BATCH; i++) {
                    String at = first.plusSeconds(++sequence).toString();
                    records.add(new JsonObject().put("sequence", sequence).put("outcome", "played")
                            .put("seconds_played", 180.0).put("planned_start", at).put("actual_start", at).put("actual_end", at));
                }
                bodies[s][b] = new JsonObject().put("records", records).encode();
            }
        }
        return bodies;
    }

    /** Every sender posts its bodies in turn; the latency of each, per sender. */
    private static long[][] round(SchedulerApp loa, HttpClient http, ExecutorService pool, List<Long> stations,
                                  List<String> tokens, String[][] bodies) throws Exception {
        int count = bodies[0].length;
        long[][] latencies = new long[bodies.length][count];
        List<Future<?>> running = new ArrayList<>();
        for (int s = 0; s < bodies.length; s++) {
            int sender = s;
            running.add(pool.submit(() -> {
                URI uri = URI.create(loa.url() + "api/v1/stations/" + stations.get(sender) + "/as-run");
                for (int b = 0; b < count; b++) {
                    long sent = System.nanoTime();
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + tokens.get(sender)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(bodies[sender][b], StandardCharsets.UTF_8))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    latencies[sender][b] = System.nanoTime() - sent;
                    if (answer.statusCode() != 200 || !answer.body().contains("\"stored\":" + BATCH + ",")) {
                        throw new IllegalStateException("batch not stored: " + answer.statusCode() + " " + answer.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        return latencies;
    }
}
