package vn.loa.scheduler.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything the scheduler process is configured with, loaded once at start by {@link ConfigLoader}
 * and never changed after. The keys a person writes are listed in {@link ConfigKey}.
 */
public record SchedulerConfig(
        String httpHost,
        int httpPort,
        Path dataDir,
        String storeUrl,
        int storeBusyTimeoutMillis,
        int workerPoolSize,
        long httpBodyLimitBytes,
        long importMaxBytes,
        long healthMinFreeDiskBytes,
        Path tlsCertPem,
        Path tlsKeyPem,
        Duration sessionIdle,
        Duration sessionAbsolute,
        Duration enrolmentCodeTtl,
        MediaSettings media,
        int horizonDays,
        Duration freezeLead,
        Duration silentAfter,
        URI webhookUrl,
        Safeguards safeguards,
        MapTiles mapTiles) {

    /** True when the server speaks HTTPS (both PEM files configured). */
    public boolean https() {
        return tlsCertPem != null && tlsKeyPem != null;
    }

    /** True when the store is the SQLite file in the data directory (no {@code store.url}). */
    public boolean embeddedStore() {
        return storeUrl == null || storeUrl.isBlank();
    }

    public SchedulerConfig withPort(int port) {
        return new SchedulerConfig(httpHost, port, dataDir, storeUrl, storeBusyTimeoutMillis, workerPoolSize, httpBodyLimitBytes,
                importMaxBytes, healthMinFreeDiskBytes, tlsCertPem, tlsKeyPem, sessionIdle, sessionAbsolute, enrolmentCodeTtl, media, horizonDays,
                freezeLead, silentAfter, webhookUrl, safeguards, mapTiles);
    }

    public SchedulerConfig withFreezeLead(Duration lead) {
        return new SchedulerConfig(httpHost, httpPort, dataDir, storeUrl, storeBusyTimeoutMillis, workerPoolSize, httpBodyLimitBytes,
                importMaxBytes, healthMinFreeDiskBytes, tlsCertPem, tlsKeyPem, sessionIdle, sessionAbsolute, enrolmentCodeTtl, media, horizonDays,
                lead, silentAfter, webhookUrl, safeguards, mapTiles);
    }

    public SchedulerConfig withStoreUrl(String url) {
        return new SchedulerConfig(httpHost, httpPort, dataDir, url, storeBusyTimeoutMillis, workerPoolSize, httpBodyLimitBytes,
                importMaxBytes, healthMinFreeDiskBytes, tlsCertPem, tlsKeyPem, sessionIdle, sessionAbsolute, enrolmentCodeTtl, media, horizonDays,
                freezeLead, silentAfter, webhookUrl, safeguards, mapTiles);
    }

    public SchedulerConfig withDataDir(Path dir) {
        return new SchedulerConfig(httpHost, httpPort, dir, storeUrl, storeBusyTimeoutMillis, workerPoolSize, httpBodyLimitBytes,
                importMaxBytes, healthMinFreeDiskBytes, tlsCertPem, tlsKeyPem, sessionIdle, sessionAbsolute, enrolmentCodeTtl, media, horizonDays,
                freezeLead, silentAfter, webhookUrl, safeguards, mapTiles);
    }
}
