package vn.loa.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The built {@code loa-agent.jar} run as the commune officer runs it, in its own small JVM. */
final class AgentProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private AgentProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** The JVM flags the README recommends for the agent on an old PC. */
    static final List<String> FLAGS = List.of(System.getProperty("loa.agent.flags",
            "-Xms12m -Xmx48m -Xmn4m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=16m -Xss512k").split(" "));

    private static List<String> command(String... args) {
        Path jar = Path.of(System.getProperty("loa.agent.jar", "target/loa-agent.jar"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(FLAGS);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs a short command ({@code status}, {@code help}) to its end and returns what it printed. */
    static String output(String... args) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command(args)).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    static AgentProcess start(Path data, String... args) throws IOException {
        Files.createDirectories(data);
        List<String> command = command(args);
        Path log = data.resolve("agent-process.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new AgentProcess(process, log);
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, nothing flushed, as in a power cut. */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as systemd stops the service. */
    int terminate() throws InterruptedException {
        process.toHandle().destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the agent did not stop within 30 s of SIGTERM:\n" + log());
        }
        return process.exitValue();
    }

    int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the agent still runs after " + seconds + " s:\n" + log());
        }
        return process.exitValue();
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
