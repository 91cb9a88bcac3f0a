package vn.loa.scheduler.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built {@code loa-scheduler.jar} run as a user runs it, in its own JVM. The path comes from the
 * {@code loa.scheduler.jar} system property that Failsafe sets (the jar exists from the package phase).
 */
public final class JarProcess implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("is running at (http://\\S+/)");

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final BlockingQueue<String> fresh = new LinkedBlockingQueue<>();

    private final Thread reader;

    private JarProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::pump, "jar-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static JarProcess start(Map<String, String> environment, String... args) throws IOException {
        return start(true, environment, args);
    }

    /** @param withLog false to read stdout alone (the log on stderr is dropped) */
    public static JarProcess start(boolean withLog, Map<String, String> environment, String... args) throws IOException {
        Path jar = Path.of(System.getProperty("loa.scheduler.jar", "target/loa-scheduler.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the jar first (mvn package): " + jar.toAbsolutePath());
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        // the test JVMs' own flags (the build's loa.test.jvm.flags), for the servers they start; a benchmark starts none
        for (String flag : System.getProperty("loa.test.jvm.flags", "").split(" ")) {
            if (!flag.isBlank()) {
                command.add(flag);
            }
        }
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (withLog) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        builder.environment().putAll(environment);
        return new JarProcess(builder.start());
    }

    /** The processor time the process has used so far (zero where the system does not say). */
    public java.time.Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }

    /** Waits for the "is running at URL" line and returns the URL. */
    public String awaitUrl(long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = fresh.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                Matcher m = URL.matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
            if (!process.isAlive() && fresh.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("no URL printed; output:\n" + output());
    }

    /** Sends SIGTERM, as a service manager would, and waits for the exit. */
    public int terminate(long seconds) throws InterruptedException {
        // Process.destroy() would also close our end of the output pipe and lose the shutdown log.
        process.toHandle().destroy();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not stop within " + seconds + " s after SIGTERM; output:\n" + output());
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook runs, as when the power goes or the OOM killer strikes. */
    public void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("still running after " + seconds + " s; output:\n" + output());
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
        return process.exitValue();
    }

    public synchronized String output() {
        return String.join("\n", lines);
    }

    private void pump() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (this) {
                    lines.add(line);
                }
                fresh.add(line);
            }
        } catch (IOException e) {
            // the process ended; what was read is kept
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
