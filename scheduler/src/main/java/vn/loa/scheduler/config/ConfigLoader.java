package vn.loa.scheduler.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.ToDoubleFunction;
import vn.loa.media.DurationPolicy;
import vn.loa.media.LoudnessTarget;
import vn.loa.media.RenditionFormat;

/**
 * Builds the one {@link SchedulerConfig} of a process: defaults, then the config file (Java properties,
 * UTF-8), then {@code LOA_*} environment variables. Every value is checked here, and a bad one stops
 * the start with a message naming the key and where it came from.
 */
public final class ConfigLoader {

    private final Map<String, String> environment;

    public ConfigLoader(Map<String, String> environment) {
        this.environment = environment;
    }

    /** @param file a properties file, or null for none */
    public SchedulerConfig load(Path file) {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        Map<ConfigKey, String> sources = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            values.put(key, key.defaultValue());
            sources.put(key, "mặc định / default");
        }
        if (file != null) {
            readFile(file, values, sources);
        }
        for (ConfigKey key : ConfigKey.values()) {
            String value = environment.get(key.environmentName());
            if (value != null) {
                values.put(key, value.strip());
                sources.put(key, "biến môi trường / environment " + key.environmentName());
            }
        }
        Values v = new Values(values, sources);
        SchedulerConfig config = new SchedulerConfig(
                v.text(ConfigKey.HTTP_HOST),
                v.integer(ConfigKey.HTTP_PORT, 0, 65535),
                Path.of(v.text(ConfigKey.DATA_DIR)),
                v.values().get(ConfigKey.STORE_URL),
                v.integer(ConfigKey.STORE_BUSY_TIMEOUT_MS, 100, 600_000),
                v.integer(ConfigKey.WORKERS_POOL_SIZE, 1, 256),
                v.integer(ConfigKey.HTTP_BODY_LIMIT_BYTES, 1024, Integer.MAX_VALUE),
                v.integer(ConfigKey.IMPORT_MAX_BYTES, 1024, Integer.MAX_VALUE),
                v.integer(ConfigKey.HEALTH_MIN_FREE_DISK_MB, 0, Integer.MAX_VALUE) * 1024L * 1024L,
                v.readableFile(ConfigKey.HTTP_TLS_CERT_PEM),
                v.readableFile(ConfigKey.HTTP_TLS_KEY_PEM),
                Duration.ofMinutes(v.integer(ConfigKey.SESSION_IDLE_MINUTES, 1, 24 * 60)),
                Duration.ofHours(v.integer(ConfigKey.SESSION_ABSOLUTE_HOURS, 1, 24 * 30)),
                Duration.ofHours(v.integer(ConfigKey.ENROLMENT_CODE_TTL_HOURS, 1, 24 * 90)),
                media(v),
                v.integer(ConfigKey.PLANNING_HORIZON_DAYS, 1, 60),
                Duration.ofSeconds(v.integer(ConfigKey.PLANNING_FREEZE_LEAD_SECONDS, 0, 3600)),
                Duration.ofHours(v.integer(ConfigKey.REPORTS_SILENT_AFTER_HOURS, 1, 24 * 90)),
                v.httpUrl(ConfigKey.REPORTS_WEBHOOK_URL),
                new Safeguards(v.integer(ConfigKey.ASRUN_MAX_SEQUENCE_JUMP, 1, Integer.MAX_VALUE),
                        v.integer(ConfigKey.HTTP_MAX_CONNECTIONS_PER_ADDRESS, 1, 1_000_000),
                        v.integer(ConfigKey.HTTP_HEADER_TIMEOUT_SECONDS, 1, 3600),
                        v.integer(ConfigKey.HTTP_BODY_TIMEOUT_SECONDS, 1, 3600),
                        v.integer(ConfigKey.HTTP_UPLOAD_TIMEOUT_SECONDS, 1, 24 * 3600),
                        v.integer(ConfigKey.HTTP_IDLE_TIMEOUT_SECONDS, 60, 24 * 3600),
                        v.integer(ConfigKey.HTTP_MAX_LONG_POLLS, 0, 10_000_000),
                        proxies(v), v.integer(ConfigKey.REPORTS_WORKERS, 1, 64),
                        v.integer(ConfigKey.REPORTS_TIME_LIMIT_SECONDS, 1, 3600),
                        v.integer(ConfigKey.PORTAL_MAX_REQUESTS, 1, 100_000), origins(v),
                        v.integer(ConfigKey.HTTP_TOKEN_CACHE_SECONDS, 0, 3600)),
                mapTiles(v));
        if ((config.tlsCertPem() == null) != (config.tlsKeyPem() == null)) {
            throw new ConfigException("Cấu hình sai / Bad configuration: " + ConfigKey.HTTP_TLS_CERT_PEM.key() + " và/and "
                    + ConfigKey.HTTP_TLS_KEY_PEM.key() + " phải có cả hai hoặc không có / must be set together");
        }
        return config;
    }

    /** Origins for CSP frame-ancestors: scheme, host and port only, so nothing else slips into the header. */
    private static java.util.List<String> origins(Values v) {
        java.util.List<String> origins = new java.util.ArrayList<>();
        for (String origin : v.values().get(ConfigKey.PORTAL_FRAME_ANCESTORS).trim().split("\\s+")) {
            if (origin.isEmpty()) {
                continue;
            }
            if (!origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
                throw new ConfigException("Cấu hình sai / Bad configuration: " + ConfigKey.PORTAL_FRAME_ANCESTORS.key()
                        + " = '" + origin + "' không phải nguồn dạng https://ten-mien / is not an origin like https://host");
            }
            origins.add(origin);
        }
        return java.util.List.copyOf(origins);
    }

    private static MapTiles mapTiles(Values v) {
        String template = v.values().get(ConfigKey.CONSOLE_MAP_TILES);
        if (template.isEmpty()) {
            return null;
        }
        // a URL once its placeholders are filled; quotes and spaces would break out of the CSP header
        String filled = template.replace("{z}", "1").replace("{x}", "1").replace("{y}", "1").replace("{s}", "a");
        boolean url;
        try {
            URI uri = new URI(filled);
            url = ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && filled.matches("[^\\s'\";,]+");
        } catch (URISyntaxException e) {
            url = false;
        }
        if (!url || !template.contains("{z}") || !template.contains("{x}") || !template.contains("{y}")) {
            throw new ConfigException("Cấu hình sai / Bad configuration: " + ConfigKey.CONSOLE_MAP_TILES.key() + " = '" + template
                    + "' cần địa chỉ http(s) có {z}, {x} và {y} / must be an http(s) URL with {z}, {x} and {y}");
        }
        return new MapTiles(template, v.values().get(ConfigKey.CONSOLE_MAP_ATTRIBUTION));
    }

    private static ProxyRanges proxies(Values v) {
        try {
            return ProxyRanges.parse(v.values().get(ConfigKey.SERVER_TRUSTED_PROXIES));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("Cấu hình sai / Bad configuration: " + ConfigKey.SERVER_TRUSTED_PROXIES.key() + " = '"
                    + e.getMessage() + "' không phải địa chỉ IP hay dải CIDR / is not an IP address or CIDR range");
        }
    }

    private static MediaSettings media(Values v) {
        String ffmpeg = v.values().get(ConfigKey.MEDIA_FFMPEG);
        int programMin = v.integer(ConfigKey.PROGRAM_MIN_SECONDS, 1, 3600);
        int programMax = v.integer(ConfigKey.PROGRAM_MAX_SECONDS, programMin, 7200);
        int noticeMin = v.integer(ConfigKey.NOTICE_MIN_SECONDS, 1, 3600);
        int noticeMax = v.integer(ConfigKey.NOTICE_MAX_SECONDS, noticeMin, 7200);
        return new MediaSettings(ffmpeg.isEmpty() ? null : Path.of(ffmpeg),
                v.integer(ConfigKey.UPLOAD_MAX_MB, 1, 4096) * 1024L * 1024L,
                v.integer(ConfigKey.INGEST_WORKERS, 1, 64),
                new DurationPolicy("chương trình", Duration.ofSeconds(programMin), Duration.ofSeconds(programMax),
                        Duration.ofSeconds(v.integer(ConfigKey.PROGRAM_TOLERANCE_SECONDS, 0, 600))),
                new DurationPolicy("thông báo khẩn", Duration.ofSeconds(noticeMin), Duration.ofSeconds(noticeMax),
                        Duration.ZERO),
                new LoudnessTarget(v.decimal(ConfigKey.LOUDNESS_TARGET_LUFS, -40, -5), v.decimal(ConfigKey.TRUE_PEAK_DBTP, -9, 0),
                        LoudnessTarget.BROADCAST.rangeLu()),
                new RenditionFormat(1, 44_100, v.integer(ConfigKey.RENDITION_KBPS, 32, 320)));
    }

    private static void readFile(Path file, Map<ConfigKey, String> values, Map<ConfigKey, String> sources) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigException("Không đọc được tệp cấu hình " + file + " / Cannot read config file " + file
                    + ": " + e.getMessage());
        }
        for (String name : properties.stringPropertyNames()) {
            ConfigKey key = ConfigKey.fromKey(name);
            if (key == null) {
                throw new ConfigException("Khoá cấu hình không tồn tại '" + name + "' trong " + file
                        + " / Unknown config key '" + name + "' in " + file + ". Known keys: " + knownKeys());
            }
            values.put(key, properties.getProperty(name).strip());
            sources.put(key, "tệp / file " + file);
        }
    }

    private static String knownKeys() {
        StringBuilder keys = new StringBuilder();
        for (ConfigKey k : ConfigKey.values()) {
            keys.append(keys.length() == 0 ? "" : ", ").append(k.key());
        }
        return keys.toString();
    }

    private record Values(Map<ConfigKey, String> values, Map<ConfigKey, String> sources) {

        String text(ConfigKey key) {
            String value = values.get(key);
            if (value.isEmpty()) {
                throw bad(key, "không được để trống / must not be empty");
            }
            return value;
        }

        int integer(ConfigKey key, int min, int max) {
            return (int) number(key, min, max, Integer::parseInt, "phải là số nguyên / must be a whole number");
        }

        double decimal(ConfigKey key, double min, double max) {
            return number(key, min, max, Double::parseDouble, "phải là số / must be a number");
        }

        private double number(ConfigKey key, double min, double max, ToDoubleFunction<String> parse,
                              String expected) {
            double n;
            try {
                n = parse.applyAsDouble(values.get(key));
            } catch (NumberFormatException e) {
                throw bad(key, expected);
            }
            if (n < min || n > max) {
                throw bad(key, "phải từ " + format(min) + " đến " + format(max) + " / must be between " + format(min)
                        + " and " + format(max));
            }
            return n;
        }

        private static String format(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        }

        /** An optional http(s) URL; null when empty. */
        URI httpUrl(ConfigKey key) {
            String value = values.get(key);
            if (value.isEmpty()) {
                return null;
            }
            try {
                URI uri = new URI(value);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw bad(key, "cần một địa chỉ http:// hoặc https:// / must be an http:// or https:// URL");
        }

        /** An optional path to a file that must exist and be readable; null when empty. */
        Path readableFile(ConfigKey key) {
            String value = values.get(key);
            if (value.isEmpty()) {
                return null;
            }
            Path path = Path.of(value);
            if (!Files.isReadable(path)) {
                throw bad(key, "không đọc được tệp này / the file cannot be read");
            }
            return path;
        }

        private ConfigException bad(ConfigKey key, String expected) {
            return new ConfigException("Cấu hình sai / Bad configuration: " + key.key() + "='" + values.get(key)
                    + "' (" + sources.get(key) + ") " + expected);
        }
    }
}
