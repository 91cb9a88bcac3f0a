package vn.loa.agent;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much memory this agent process holds: the resident set from {@code /proc/self/status} on Linux;
 * elsewhere (Windows) the JVM's committed heap and non-heap, a lower bound that still shows growth.
 */
public final class ResidentMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ResidentMemory() {
    }

    /** Bytes resident now. */
    public static long bytes() {
        if (Files.isReadable(STATUS)) {
            try {
                for (String line : Files.readAllLines(STATUS)) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // fall through to the JVM's own account
            }
        }
        MemoryMXBean jvm = ManagementFactory.getMemoryMXBean();
        return jvm.getHeapMemoryUsage().getCommitted() + jvm.getNonHeapMemoryUsage().getCommitted();
    }
}
