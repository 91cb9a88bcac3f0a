package vn.loa.scheduler.config;

import java.util.Locale;

/**
 * The keys of the scheduler's configuration. In a config file they are written as named here
 * ({@code http.port=8080}); as environment variables in upper case with underscores
 * ({@code LOA_HTTP_PORT=8080}). Environment variables win over the file; command-line flags win over both.
 */
public enum ConfigKey {
    HTTP_HOST("http.host", "127.0.0.1", "address to listen on; 0.0.0.0 for every interface"),
    HTTP_PORT("http.port", "8080", "TCP port of the API and console; 0 picks a free one"),
    DATA_DIR("data.dir", "loa-data", "directory holding loa.db and the media folder"),
    STORE_URL("store.url", "", "PostgreSQL address postgresql://user:password@host:5432/loa; empty: loa.db in the data directory"),
    STORE_BUSY_TIMEOUT_MS("store.busy-timeout-ms", "5000", "how long a write waits for another to finish"),
    WORKERS_POOL_SIZE("workers.pool-size", "8", "threads for blocking work (database, files)"),
    HTTP_BODY_LIMIT_BYTES("http.body-limit-bytes", "2097152", "largest JSON request body"),
    IMPORT_MAX_BYTES("import.max-bytes", "20971520", "largest CSV import file"),
    HEALTH_MIN_FREE_DISK_MB("health.min-free-disk-mb", "500", "free disk below which /health says degraded"),
    HTTP_TLS_CERT_PEM("http.tls.cert-pem", "", "PEM certificate chain; with the key, the server speaks HTTPS only"),
    HTTP_TLS_KEY_PEM("http.tls.key-pem", "", "PEM private key (PKCS#8 or PKCS#1) of that certificate"),
    SESSION_IDLE_MINUTES("session.idle-minutes", "30", "a console session ends after this long without requests"),
    SESSION_ABSOLUTE_HOURS("session.absolute-hours", "12", "a console session ends this long after sign-in regardless"),
    ENROLMENT_CODE_TTL_HOURS("enrolment.code-ttl-hours", "72", "how long an enrolment code stays usable"),
    MEDIA_FFMPEG("media.ffmpeg", "", "path of the ffmpeg binary; empty: PATH, then the bundled static build"),
    UPLOAD_MAX_MB("upload.max-mb", "200", "largest program upload"),
    INGEST_WORKERS("ingest.workers", "2", "programs processed at once (each keeps one core busy)"),
    PROGRAM_MIN_SECONDS("media.program-min-seconds", "180", "shortest program under the 3–5 minute rule"),
    PROGRAM_MAX_SECONDS("media.program-max-seconds", "300", "longest program under the 3–5 minute rule"),
    PROGRAM_TOLERANCE_SECONDS("media.program-tolerance-seconds", "30", "tolerance either side of the program rule"),
    NOTICE_MIN_SECONDS("media.notice-min-seconds", "10", "shortest urgent notice"),
    NOTICE_MAX_SECONDS("media.notice-max-seconds", "180", "longest urgent notice"),
    LOUDNESS_TARGET_LUFS("media.loudness-lufs", "-16", "integrated loudness of every rendition (EBU R128)"),
    TRUE_PEAK_DBTP("media.true-peak-dbtp", "-1.5", "true-peak ceiling of every rendition"),
    RENDITION_KBPS("media.rendition-kbps", "64", "MP3 bitrate of the mono broadcast rendition"),
    PLANNING_HORIZON_DAYS("planning.horizon-days", "7", "days of schedule published ahead, so an agent offline keeps airing"),
    PLANNING_FREEZE_LEAD_SECONDS("planning.freeze-lead-seconds", "120",
            "items planned to start within this long from now are never changed by a re-plan (an agent polls every minute)"),
    REPORTS_SILENT_AFTER_HOURS("reports.silent-after-hours", "24",
            "a station with no heartbeat, or no airing while it had items to air, for this long is silent"),
    ASRUN_MAX_SEQUENCE_JUMP("asrun.max-sequence-jump", "100000",
            "an as-run record numbered more than this far ahead of its station's highest is refused"),
    HTTP_MAX_CONNECTIONS_PER_ADDRESS("http.max-connections-per-address", "512",
            "open connections one client address may hold (commune PCs on 3G share carrier NAT addresses); a trusted proxy is exempt"),
    HTTP_HEADER_TIMEOUT_SECONDS("http.header-timeout-seconds", "30",
            "a connection is closed when no request headers arrive within this long (also between keep-alive requests)"),
    HTTP_BODY_TIMEOUT_SECONDS("http.body-timeout-seconds", "60", "a JSON request body must arrive within this long"),
    HTTP_UPLOAD_TIMEOUT_SECONDS("http.upload-timeout-seconds", "3600", "a program upload or import file must arrive within this long"),
    HTTP_IDLE_TIMEOUT_SECONDS("http.idle-timeout-seconds", "120",
            "a connection silent both ways this long is closed (longer than the 55-second long poll)"),
    HTTP_MAX_LONG_POLLS("http.max-long-polls", "20000", "schedule long polls held at once; beyond, they answer at once"),
    HTTP_TOKEN_CACHE_SECONDS("http.token-cache-seconds", "600",
            "a poll of an unchanged schedule trusts a station token found live this long without a store read; one revoked"
                    + " anywhere stops working within half a second (the change sweep), within this long at most (0: read every time)"),
    SERVER_TRUSTED_PROXIES("server.trusted-proxies", "",
            "comma-separated addresses or CIDRs of reverse proxies whose X-Forwarded-For is believed; empty: none"),
    REPORTS_WORKERS("reports.workers", "2", "report reads run at once, on threads of their own (ingest never waits for them)"),
    REPORTS_TIME_LIMIT_SECONDS("reports.time-limit-seconds", "60", "a report read running longer is stopped"),
    PORTAL_MAX_REQUESTS("portal.max-requests", "32",
            "public pages, feeds and audio served at once; beyond, they answer 503 (the agents' routes are never held up)"),
    PORTAL_FRAME_ANCESTORS("portal.frame-ancestors", "",
            "space-separated origins (https://cong.example.gov.vn) whose pages may embed the public pages; empty: none"),
    REPORTS_WEBHOOK_URL("reports.webhook-url", "", "where a station going silent or coming back is announced (POST JSON); empty: off"),
    CONSOLE_MAP_TILES("console.map-tiles", "",
            "tile URL of the stations map, with {z}, {x} and {y} (https://tiles.example.gov.vn/{z}/{x}/{y}.png); empty: no background"),
    CONSOLE_MAP_ATTRIBUTION("console.map-attribution", "", "the credit the tile provider asks for, shown on the map");

    private final String key;
    private final String defaultValue;
    private final String meaning;

    ConfigKey(String key, String defaultValue, String meaning) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.meaning = meaning;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String meaning() {
        return meaning;
    }

    public String environmentName() {
        return "LOA_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public static ConfigKey fromKey(String key) {
        for (ConfigKey k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        return null;
    }
}
