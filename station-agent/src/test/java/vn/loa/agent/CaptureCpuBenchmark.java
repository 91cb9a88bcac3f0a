package vn.loa.agent;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.loa.agent.store.Item;
import vn.loa.agent.time.SimulatedClock;
import vn.loa.media.PcmDecoder;
import vn.loa.media.TestAudio;
import vn.loa.proof.AudioFingerprint;
import vn.loa.scheduler.SchedulerApp;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * Prints (never asserts) what hearing an airing through a capture input costs the agent (issue 20): the agent jar's
 * CPU time (from /proc, with the README's flags) over a one-minute airing on the file sink without a capture, and over
 * the same airing the next day with {@code --capture command:} (ffmpeg playing the rendition in real time, as a
 * microphone would hear it; that process's own CPU is the sound card's, not the agent's), beside fingerprinting the
 * same minute of audio bare in this JVM. The rendered print costs nothing while airing: it is taken when the rendition
 * arrives. The agent jar is the built one ({@code mvn install} first); Linux only.
 */
public final class CaptureCpuBenchmark {

    private static final double SECONDS = 60;
    private static final long TICKS_PER_SECOND = 100;

    private CaptureCpuBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        AgentBenchmark.locateAgentJar();
        Path dir = Files.createTempDirectory("loa-capture-benchmark");
        SimulatedClock clock = new SimulatedClock(AiringStation.today(5, 0, 0), 1);
        SchedulerApp app = SchedulerApp.start(TestScheduler.config(dir.resolve("server"),
                Map.of("LOA_MEDIA_PROGRAM_MAX_SECONDS", "90")), clock);
        try {
            TestUsers.create(app.store(), "quantri", Role.ADMIN, null);
            Api admin = new Api(app.port()).signIn("quantri", TestUsers.PASSWORD);
            AiringStation station = new AiringStation(admin, 1, SECONDS, 91);
            Path agentData = dir.resolve("agent");
            Path air = dir.resolve("air");
            station.enrol(agentData);
            long without = airingCpu(clock, agentData, air, 0);
            Path rendition;
            try (Stream<Path> files = Files.list(agentData.resolve("cache"))) {
                rendition = files.filter(f -> f.getFileName().toString().startsWith(station.sha256(0) + ".mp3")).findFirst()
                        .orElseThrow();
            }
            long with = airingCpu(clock, agentData, air, 1, "--capture", "command:" + TestAudio.FFMPEG.executable()
                    + " -v error -nostdin -re -i " + rendition + " -ac 1 -ar 5512 -f s16le -");
            long bare = bareFingerprintMillis(rendition);
            System.out.printf("[benchmark] agent CPU over a %.0f s airing (flags %s): without a capture %d ms (%.2f %% of a"
                            + " core), with one %d ms (%.2f %%); the capture adds %d ms (%.2f %% of a core)%n", SECONDS,
                    String.join(" ", AgentProcess.FLAGS), without, share(without), with, share(with), with - without,
                    share(with - without));
            System.out.printf("[benchmark] fingerprinting the same minute bare (this JVM, after warm-up): %d ms; the capture's"
                    + " cost in the agent / bare fingerprint: %.1f×%n", bare, (double) (with - without) / Math.max(1, bare));
        } finally {
            app.close();
        }
    }

    private static double share(long cpuMillis) {
        return 100.0 * cpuMillis / (SECONDS * 1000);
    }

    /** The agent's CPU time from its item's first second to its last, the {@code day}-th day after today. */
    private static long airingCpu(SimulatedClock clock, Path agentData, Path air, int day, String... flags) throws Exception {
        clock.jumpTo(AiringStation.today(5, 59, 15).plusSeconds(day * 86_400L));
        List<String> command = new java.util.ArrayList<>(List.of("run", "--data", agentData.toString(), "--sink", "file:" + air,
                "--poll-seconds", "60"));
        command.addAll(List.of(flags));
        try (AgentProcess agent = AgentProcess.start(agentData, command.toArray(String[]::new))) {
            Instant start = AiringStation.today(6, 0, 0).plusSeconds(day * 86_400L);
            while (AiringStation.unhandled(agentData).stream().noneMatch(i -> i.plannedStart().equals(start))) {
                Thread.sleep(200);
            }
            Item item = AiringStation.unhandled(agentData).stream().filter(i -> i.plannedStart().equals(start)).findFirst()
                    .orElseThrow();
            sleepUntil(clock, start.plusSeconds(1));
            long before = cpuTicks(agent.pid());
            sleepUntil(clock, item.plannedEnd().minusSeconds(1));
            long after = cpuTicks(agent.pid());
            sleepUntil(clock, item.plannedEnd().plusSeconds(5));
            agent.terminate();
            // measured over the airing less its first and last second; scaled to the whole airing
            double measured = (item.durationMillis() / 1000.0) - 2;
            return Math.round((after - before) * 1000.0 / TICKS_PER_SECOND * SECONDS / measured);
        }
    }

    private static void sleepUntil(SimulatedClock clock, Instant when) throws InterruptedException {
        while (clock.instant().isBefore(when)) {
            Thread.sleep(50);
        }
    }

    /** utime + stime of a process, in clock ticks. */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long bareFingerprintMillis(Path rendition) throws IOException {
        short[] pcm = new PcmDecoder(TestAudio.FFMPEG).decode(rendition, AudioFingerprint.RATE);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3; i++) {
            AudioFingerprint.of(pcm);
        }
        long before = threads.getCurrentThreadCpuTime();
        AudioFingerprint.of(pcm);
        return (threads.getCurrentThreadCpuTime() - before) / 1_000_000;
    }
}
