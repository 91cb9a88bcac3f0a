package vn.loa.agent;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.loa.agent.time.SimulatedClock;
import vn.loa.scheduler.SchedulerApp;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * A soak of the agent's memory (prints, never asserts): the built agent jar, with the README's flags,
 * against the real scheduler on a fast simulated clock — windows, airings, polls every 10 s, long polls,
 * heartbeats, uploads and an urgent notice every simulated day — sampling the agent's resident memory
 * every real minute. It prints the samples, a hello-world JVM with the same flags beside them, and the
 * slope after warm-up per simulated day (flat: under 1 MB a day). With {@code -Dloa.agent.flags=... 
 * -XX:NativeMemoryTracking=summary} it also prints what the JVM itself accounts for, to tell the heap
 * and the JVM's own native memory from memory the JVM does not know of (a native library's).
 *
 * <p>Run, after {@code mvn -B -ntp -q -DskipTests -DskipITs install} (arguments: real minutes, clock rate;
 * the default, 60 minutes at 168× real time, is a week):
 * {@code mvn -B -ntp -q -pl station-agent test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.loa.agent.AgentSoakBenchmark -Dexec.args="60 168"}
 */
public final class AgentSoakBenchmark {

    private static final long WARM_UP_MINUTES = 5;

    private AgentSoakBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long minutes = args.length > 0 ? Long.parseLong(args[0]) : 60;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 168;
        AgentBenchmark.locateAgentJar();
        Path dir = Files.createTempDirectory("loa-agent-soak");
        SimulatedClock clock = new SimulatedClock(AiringStation.today(5, 0, 0), rate);
        SchedulerApp app = SchedulerApp.start(TestScheduler.config(dir.resolve("server"), Map.of()), clock);
        try {
            TestUsers.create(app.store(), "quantri", Role.ADMIN, null);
            // at this rate a console session idles out in seconds: each step signs in afresh
            Api admin = new Api(app.port()).signIn("quantri", TestUsers.PASSWORD);
            AiringStation station = new AiringStation(admin, 3, 20.0, 81, 82, 83, 84, 85);
            long noticeProgram = AiringStation.approved(admin, "Thông báo khẩn: phòng chống lũ quét", 10, 86).getLong("id");
            Path agentData = dir.resolve("agent");
            station.enrol(agentData);
            long hello = AgentBenchmark.helloWorldRss();
            clock.jumpTo(AiringStation.today(5, 59, 0));
            List<long[]> samples = new ArrayList<>();
            try (AgentProcess agent = AgentProcess.start(agentData, "run", "--data", agentData.toString(), "--sink",
                    "file:" + dir.resolve("air"), "--poll-seconds", "10")) {
                Instant start = clock.instant();
                long realStart = System.nanoTime();
                long nextNotice = 0;
                String nmtStart = null;
                for (long minute = 0; minute <= minutes; minute++) {
                    while (System.nanoTime() - realStart < minute * 60_000_000_000L) {
                        long simulatedDay = Duration.between(start, clock.instant()).toDays();
                        if (simulatedDay >= nextNotice) {
                            notice(app, station.station, noticeProgram, nextNotice);
                            nextNotice++;
                        }
                        Thread.sleep(1000);
                    }
                    long rss = AgentBenchmark.rss(agent.pid());
                    double day = Duration.between(start, clock.instant()).toSeconds() / 86_400.0;
                    samples.add(new long[] {minute, Math.round(day * 1000), rss});
                    System.out.printf(Locale.ROOT, "[soak] minute %3d, simulated day %5.2f: resident %6.1f MB (anon %6.1f MB)%n",
                            minute, day, rss / 1024.0, AgentBenchmark.status(agent.pid(), "RssAnon:") / 1024.0);
                    if (minute == WARM_UP_MINUTES) {
                        nmtStart = nativeMemory(agent.pid());
                    }
                }
                if (nmtStart != null && !nmtStart.isEmpty()) {
                    System.out.println("[soak] JVM native memory after warm-up:\n" + nmtStart);
                    System.out.println("[soak] JVM native memory at the end:\n" + nativeMemory(agent.pid()));
                }
                agent.terminate();
            }
            report(samples, hello, rate);
        } finally {
            app.close();
        }
    }

    /** An "as soon as possible" urgent notice, as a district issues one on a stormy day. */
    private static void notice(SchedulerApp app, long station, long program, long day) {
        Api admin = new Api(app.port()).signIn("quantri", TestUsers.PASSWORD);
        Fixtures.expect(admin.post("/api/v1/notices", new JsonObject().put("title", "Lũ quét, ngày " + (day + 1))
                .put("program_id", program).put("issued_by_unit_code", Fixtures.DISTRICT).put("override_windows", true)
                .put("target_stations", new JsonArray().add(station))), 201);
    }

    /**
     * Start, end and the least-squares slope per simulated day: after the warm-up minutes, and after the
     * first simulated day (by then every daily path has run once: a day's turn, a notice, an eviction).
     */
    private static void report(List<long[]> samples, long hello, double rate) {
        List<long[]> after = samples.stream().filter(s -> s[0] >= WARM_UP_MINUTES).toList();
        List<long[]> afterFirstDay = samples.stream().filter(s -> s[1] >= 1000).toList();
        long[] first = samples.get(0);
        long[] last = samples.get(samples.size() - 1);
        System.out.printf(Locale.ROOT, "[soak] flags %s, clock %.0f× real time, %.2f simulated days in %d minutes%n",
                String.join(" ", AgentProcess.FLAGS), rate, last[1] / 1000.0, last[0]);
        System.out.printf(Locale.ROOT, "[soak] hello-world JVM %.1f MB; agent at start %.1f MB, after warm-up %.1f MB, at the end"
                        + " %.1f MB (%.2f× hello-world); slope after warm-up %.2f MB per simulated day, after the first"
                        + " simulated day %.2f MB per simulated day%n", hello / 1024.0,
                first[2] / 1024.0, after.isEmpty() ? 0 : after.get(0)[2] / 1024.0, last[2] / 1024.0, last[2] / (double) hello,
                slope(after), slope(afterFirstDay));
    }

    /** Least squares, MB per simulated day. */
    private static double slope(List<long[]> samples) {
        double n = samples.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (long[] s : samples) {
            double x = s[1] / 1000.0;
            double y = s[2] / 1024.0;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return n < 2 ? 0 : (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    /** {@code jcmd PID VM.native_memory summary}'s totals, or empty when tracking is off. */
    private static String nativeMemory(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "VM.native_memory", "summary")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        StringBuilder lines = new StringBuilder();
        for (String line : out.split("\n")) {
            if (line.contains("Total:") || line.matches("^-\\s+\\w.*\\(reserved=.*")) {
                lines.append(line.strip()).append('\n');
            }
        }
        return lines.toString();
    }
}
