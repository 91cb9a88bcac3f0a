package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.loa.agent.AiringStation.TODAY;
import static vn.loa.agent.AiringStation.waitUntil;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.domain.ScheduledItem;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;

/**
 * The agent's package installed as the README says (unpacked under /opt) on a PC without Java: the
 * system's Java is hidden from the agent's processes (a private mount over the JDK's folder, so not even
 * a stray {@code java} on the PATH can be used), and the packaged launcher enrols, says its state and airs
 * this morning's program on time against the real scheduler, with the runtime that came in the package.
 */
class AgentPackageIT {

    @RegisterExtension
    final AgentBench bench = AgentBench.atRate(1);

    @TempDir
    Path opt;

    @Test
    void thePackageInstallsAndAirsOnAPcWithNoJava() throws Exception {
        Path tarball = Path.of(System.getProperty("loa.agent.package", "target/loa-agent-linux-x64.tar.gz"));
        assertTrue(Files.isRegularFile(tarball), "the package is built at `package` when the JDK has its jmods: " + tarball);
        assumeTrue(hidingWorks(), "hiding the system's Java needs a private mount namespace (root)");
        assertEquals(0, new ProcessBuilder("tar", "-xzf", tarball.toString(), "-C", opt.toString()).inheritIO().start().waitFor());
        Path home;
        try (Stream<Path> unpacked = Files.list(opt)) {
            home = unpacked.filter(p -> p.getFileName().toString().startsWith("loa-agent-")).findFirst().orElseThrow();
        }
        Path launcher = home.resolve("bin").resolve("loa-agent");
        assertTrue(Files.isExecutable(launcher), "the launcher is executable after unpacking");
        assertTrue(Files.isExecutable(home.resolve("runtime/bin/java")), "the package's own Java runtime");

        String help = output(launcher, "--help");
        assertTrue(help.contains("Loa — phần mềm đài truyền thanh xã"), help);

        AiringStation station = new AiringStation(bench.scheduler.admin(), 1, 4.0, 91);
        List<ScheduledItem> items = bench.scheduler.store().read(r -> r.agentReports().scheduleItems(station.station, TODAY,
                TODAY.plusDays(1)));
        Api admin = bench.scheduler.admin();
        String code = Fixtures.expect(admin.post("/api/v1/stations/" + station.station + "/enrolment-codes",
                new JsonObject()), 201).json().getString("code");
        Path data = bench.agentData;
        String enrolled = output(launcher, "enroll", "--server", admin.baseUrl(), "--code", code, "--data", data.toString());
        assertTrue(Files.exists(data.resolve(Identity.FILE)), "enrolled: " + enrolled);

        Path log = data.resolve("packaged-agent.log");
        Process agent = new ProcessBuilder(withoutJava(launcher, "run", "--data", data.toString(), "--sink", "file:" + bench.air,
                "--poll-seconds", "5")).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            waitUntil("the packaged agent has today's program", 60, () -> !AiringStation.unhandled(data).isEmpty());
            // the packaged agent reads this PC's clock and learns the server's jump at its next exchange: more than one
            // 5-s poll ahead, so a loaded machine cannot make the airing's instant pass before it knows
            bench.clock.jumpTo(items.get(0).plannedStart().minusSeconds(12));
            waitUntil("the packaged agent airs it and reports it", 60, () -> !onServer(station).isEmpty());
            assertEquals("played", onServer(station).get(0).outcome(), Files.readString(log));
            assertTrue(agent.isAlive(), Files.readString(log));
        } finally {
            agent.destroy();
            if (!agent.waitFor(30, TimeUnit.SECONDS)) {
                agent.destroyForcibly();
            }
        }
        String status = output(launcher, "status", "--data", data.toString());
        assertTrue(status.contains("đã phát") || status.contains("played"), "status with the packaged runtime: " + status);
    }

    private List<AsRunRecord> onServer(AiringStation station) {
        return bench.scheduler.store().read(r -> r.agentReports().asRunOf(station.station));
    }

    /** The JDK folder (or /usr/lib/jvm holding it) the tests run on: what a PC without Java does not have. */
    private static Path systemJava() {
        Path home = Path.of(System.getProperty("java.home"));
        try {
            home = home.toRealPath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return home.getParent() != null && home.getParent().getFileName().toString().equals("jvm") ? home.getParent() : home;
    }

    /**
     * The command run in a private mount namespace where an empty folder covers the system's JDK; it
     * refuses to start (exit 97) if any {@code java} still answers there.
     */
    private List<String> withoutJava(Path launcher, String... args) {
        List<String> command = new ArrayList<>(List.of("unshare", "--mount", "sh", "-c",
                "mount --bind \"$1\" \"$2\" && shift 2 && if java -version >/dev/null 2>&1; then "
                        + "echo 'a system Java is still visible' >&2; exit 97; fi; exec \"$@\"",
                "sh", empty().toString(), systemJava().toString(),
                launcher.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** The empty folder laid over the JDK, beside the unpacked package. */
    private Path empty() {
        try {
            return Files.createDirectories(opt.resolve("no-java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String output(Path launcher, String... args) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(withoutJava(launcher, args)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(p.exitValue() != 97, out);
        return out;
    }

    private static boolean hidingWorks() throws InterruptedException {
        try {
            return new ProcessBuilder("unshare", "--mount", "true").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
