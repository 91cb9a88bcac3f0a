package vn.loa.agent;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.loa.agent.store.Item;
import vn.loa.agent.time.SimulatedClock;
import vn.loa.scheduler.SchedulerApp;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * Prints (never asserts) the agent's resident memory while idle and while airing, beside a hello-world
 * JVM's with the same flags, and the start-error distribution of a morning of back-to-back airings: by the
 * agent's own log (against its estimate of the server's time) and timed from outside (each airing's file
 * appearing, on the server's own clock).
 * The agent is the built jar ({@code mvn install} first) run as the README says; Linux only (/proc).
 */
public final class AgentBenchmark {

    private static final List<String> FLAGS = AgentProcess.FLAGS;

    private AgentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        locateAgentJar();
        Path dir = Files.createTempDirectory("loa-agent-benchmark");
        SimulatedClock clock = new SimulatedClock(AiringStation.today(5, 0, 0), 1);
        SchedulerApp app = SchedulerApp.start(TestScheduler.config(dir.resolve("server"), Map.of()), clock);
        try {
            TestUsers.create(app.store(), "quantri", Role.ADMIN, null);
            Api admin = new Api(app.port()).signIn("quantri", TestUsers.PASSWORD);
            AiringStation station = new AiringStation(admin, 3, 6.0, 81, 82, 83, 84, 85);
            Path agentData = dir.resolve("agent");
            Path air = dir.resolve("air");
            station.enrol(agentData);
            long hello = helloWorldRss();

            List<Item> items;
            try (AgentProcess probe = AgentProcess.start(agentData, "status", "--data", agentData.toString())) {
                probe.awaitExit(30);
            }
            clock.jumpTo(AiringStation.today(5, 59, 15));
            try (ExternalStarts heard = new ExternalStarts(air, clock);
                 AgentProcess agent = AgentProcess.start(agentData, "run", "--data", agentData.toString(), "--sink",
                    "file:" + air, "--poll-seconds", "60")) {
                long idle = 0;
                while (!Files.exists(air.resolve("timing.log"))) {
                    Thread.sleep(1000);
                    if (AiringStation.today(5, 59, 35).isBefore(clock.instant())) {
                        idle = Math.max(idle, rss(agent.pid()));
                    }
                }
                items = AiringStation.unhandled(agentData);
                long airing = 0;
                Instant morningEnd = AiringStation.today(7, 0, 0);
                while (AiringStation.unhandled(agentData).stream().anyMatch(i -> i.plannedStart().isBefore(morningEnd))
                        && clock.instant().isBefore(morningEnd)) {
                    Thread.sleep(1000);
                    airing = Math.max(airing, rss(agent.pid()));
                }
                agent.terminate();
                System.out.printf("[benchmark] resident memory (flags %s): hello-world JVM %d MB, agent idle %d MB,"
                        + " agent airing %d MB%n", String.join(" ", FLAGS), hello / 1024, idle / 1024, airing / 1024);
                System.out.println("[benchmark] playout on the file sink: " + StartErrors.of(air) + " ("
                        + items.size() + " items left in the horizon)");
                List<ExternalStarts.Start> starts = heard.starts();
                System.out.println("[benchmark] start errors timed from outside the agent (its audio appearing, on the"
                        + " server's clock): " + ExternalStarts.distribution(starts.stream().map(ExternalStarts.Start::externalMillis).toList()));
                System.out.println("[benchmark] the same airings by the agent's own log:                              "
                        + ExternalStarts.distribution(starts.stream().map(s -> (double) s.reportedMillis()).toList()));
            }
        } finally {
            app.close();
        }
    }

    static long helloWorldRss() throws IOException, InterruptedException, URISyntaxException {
        String classes = Path.of(HelloWorld.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(FLAGS);
        command.addAll(List.of("-cp", classes, HelloWorld.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Thread.sleep(5000);
            return rss(p.pid());
        } finally {
            p.destroyForcibly();
        }
    }

    /** Resident set size in kB, from /proc. */
    static long rss(long pid) throws IOException {
        return status(pid, "VmRSS:");
    }

    /** A kB figure of /proc/PID/status (VmRSS:, RssAnon:, …); 0 when absent. */
    static long status(long pid, String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }

    static void locateAgentJar() {
        if (System.getProperty("loa.agent.jar") != null) {
            return;
        }
        for (String candidate : List.of("station-agent/target/loa-agent.jar", "target/loa-agent.jar")) {
            if (Files.exists(Path.of(candidate))) {
                System.setProperty("loa.agent.jar", candidate);
                return;
            }
        }
        throw new IllegalStateException("build the agent jar first: mvn -B -ntp -q -DskipTests -DskipITs install");
    }
}
