package vn.loa.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When each airing's audio really began, seen from outside the agent: a watch on the file sink's folder
 * notes the instant each airing's file appears (the sink opens it as the first audio goes out), on the
 * server's own clock — not on the agent's estimate of it, which is what the agent's timing log measures
 * against. Paired with the planned instants of the timing log, it gives the start errors a listener
 * would time.
 */
final class ExternalStarts implements AutoCloseable {

    private static final Pattern LINE = Pattern.compile("planned=(\\S+) actual=\\S+ error_ms=(-?\\d+).* file=(\\S+)");

    private final Path air;
    private final Clock serverClock;
    private final WatchService watch;
    private final Map<String, Instant> appeared = new ConcurrentHashMap<>();
    private final Thread watcher;

    ExternalStarts(Path air, Clock serverClock) throws IOException {
        this.air = air;
        this.serverClock = serverClock;
        Files.createDirectories(air);
        this.watch = FileSystems.getDefault().newWatchService();
        air.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
        this.watcher = new Thread(this::watch, "external-starts");
        watcher.setDaemon(true);
        watcher.setPriority(Thread.MAX_PRIORITY);
        watcher.start();
        // one event through the whole path before the first airing, so that airing is not timed late by the watch itself
        Path warmUp = air.resolve(".watch-warm-up");
        Files.deleteIfExists(Files.createFile(warmUp));
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watch.take();
                Instant now = serverClock.instant();
                for (WatchEvent<?> event : key.pollEvents()) {
                    String name = String.valueOf(event.context());
                    if (name.endsWith(".mp3")) {
                        appeared.putIfAbsent(name, now);
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** One airing: its start error as timed from outside, and as the agent's log reports it. */
    record Start(String file, double externalMillis, long reportedMillis) {
    }

    /** Every airing of the timing log whose file was seen appear. */
    List<Start> starts() throws IOException {
        List<Start> starts = new ArrayList<>();
        for (String line : Files.readAllLines(air.resolve("timing.log"), StandardCharsets.UTF_8)) {
            Matcher m = LINE.matcher(line);
            if (m.find() && appeared.containsKey(m.group(3))) {
                Instant planned = Instant.parse(m.group(1));
                double external = Duration.between(planned, appeared.get(m.group(3))).toNanos() / 1e6;
                starts.add(new Start(m.group(3), external, Long.parseLong(m.group(2))));
            }
        }
        return starts;
    }

    /** The signed distribution of errors (negative: early): earliest, p50, p99, latest. */
    static String distribution(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return "no airings";
        }
        return String.format(Locale.ROOT, "%d airings, earliest %+.1f ms, p50 %+.1f ms, p99 %+.1f ms, latest %+.1f ms",
                sorted.size(), sorted.get(0), quantile(sorted, 0.5), quantile(sorted, 0.99), sorted.get(sorted.size() - 1));
    }

    /** Nearest rank. */
    static double quantile(List<Double> sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    @Override
    public void close() throws IOException {
        watch.close();
        watcher.interrupt();
    }
}
