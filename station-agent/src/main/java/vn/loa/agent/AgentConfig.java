package vn.loa.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import vn.loa.agent.playout.Lateness;

/**
 * How the agent runs, read once from the command line.
 *
 * @param pollSeconds    how often it syncs (at its own offset within the interval)
 * @param cacheBytes     the disk quota for renditions
 * @param maxMemoryBytes above this resident memory it restarts itself (exit 75)
 * @param sink           {@code javasound}, {@code command:…} or {@code file:…}
 * @param ffmpeg         the ffmpeg to decode with for the sound card, or null to find or bring one
 * @param capture        the capture input heard during airings ({@code javasound:…} or {@code command:…}), or null
 */
public record AgentConfig(Path data, long pollSeconds, long cacheBytes, Lateness lateness, long maxMemoryBytes, String sink,
                          Path ffmpeg, String capture) {

    private static final long MB = 1_048_576;

    /** A flag with a value nobody can use: the officer is told which and why. */
    public static final class BadFlag extends RuntimeException {
        BadFlag(String message) {
            super(message);
        }
    }

    /** The defaults, for a data folder: poll every minute, 2 GB of cache, the sound card. */
    public static AgentConfig defaults(Path data) {
        return new AgentConfig(data, 60, 2048 * MB, Lateness.DEFAULT, 192 * MB, "javasound", null, null);
    }

    public AgentConfig withCacheBytes(long bytes) {
        return new AgentConfig(data, pollSeconds, bytes, lateness, maxMemoryBytes, sink, ffmpeg, capture);
    }

    public AgentConfig withCapture(String spec) {
        return new AgentConfig(data, pollSeconds, cacheBytes, lateness, maxMemoryBytes, sink, ffmpeg, spec);
    }

    /** From {@code --name value} flags; {@code --data} is required by the caller. */
    public static AgentConfig parse(Path data, Map<String, String> flags) {
        AgentConfig d = defaults(data);
        return new AgentConfig(data, number(flags, "poll-seconds", d.pollSeconds()),
                number(flags, "cache-mb", d.cacheBytes() / MB) * MB,
                new Lateness(Duration.ofSeconds(number(flags, "max-late-seconds", d.lateness().program().toSeconds())),
                        d.lateness().notice()),
                number(flags, "max-memory-mb", d.maxMemoryBytes() / MB) * MB, flags.getOrDefault("sink", d.sink()),
                flags.containsKey("ffmpeg") ? Path.of(flags.get("ffmpeg")) : null, flags.get("capture"));
    }

    private static long number(Map<String, String> flags, String name, long fallback) {
        String value = flags.get(name);
        try {
            long n = value == null ? fallback : Long.parseLong(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadFlag("--" + name + " phải là số dương / must be a positive number: " + value);
    }
}
