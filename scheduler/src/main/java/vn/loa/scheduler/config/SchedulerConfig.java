package vn.loa.scheduler.config;

import java.nio.file.Path;

/**
 * Everything the scheduler process is configured with, loaded once at start by {@link ConfigLoader}
 * and never changed after. The keys a person writes are listed in {@link ConfigKey}.
 */
public record SchedulerConfig(
        String httpHost,
        int httpPort,
        Path dataDir,
        int storeBusyTimeoutMillis,
        int workerPoolSize,
        long httpBodyLimitBytes,
        long importMaxBytes,
        long healthMinFreeDiskBytes) {

    public SchedulerConfig withPort(int port) {
        return new SchedulerConfig(httpHost, port, dataDir, storeBusyTimeoutMillis, workerPoolSize, httpBodyLimitBytes,
                importMaxBytes, healthMinFreeDiskBytes);
    }

    public SchedulerConfig withDataDir(Path dir) {
        return new SchedulerConfig(httpHost, httpPort, dir, storeBusyTimeoutMillis, workerPoolSize, httpBodyLimitBytes,
                importMaxBytes, healthMinFreeDiskBytes);
    }
}
