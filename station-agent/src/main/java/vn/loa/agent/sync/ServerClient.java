package vn.loa.agent.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agent's side of the protocol: one method per verb (enrol, pull the schedule, download a
 * rendition, send as-run records). Failures are {@link IOException}s the sync loop turns into outcomes.
 *
 * <p>Over {@link HttpURLConnection}, not {@code java.net.http.HttpClient}: the agent makes a few small
 * blocking calls a minute, and the newer client's selector thread, executor and eager TLS set-up cost an
 * old PC about 16 MB resident for nothing (measured: docs/decisions.md, "The agent's memory").
 * Connections are kept alive between calls by the JDK's cache once each answer is read to its end.
 */
public final class ServerClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI server;
    private final String token;

    public ServerClient(URI server, String token) {
        this.server = server;
        this.token = token;
    }

    /** The station's schedule, or empty when it has not changed since {@code etag}. */
    public record Schedule(String etag, JsonNode body) {
    }

    /** Trades the code for a token, registering the PC's signing key ({@code publicKey}) with the enrolment. */
    public static JsonNode enrol(URI server, String code, String publicKey) throws IOException {
        Answer answer = call(server.resolve("/api/v1/agent/enrol"), "POST", null, Map.of(),
                JSON.createObjectNode().put("code", code).put("public_key", publicKey).toString(), TIMEOUT);
        JsonNode body = JSON.readTree(answer.body());
        if (answer.status() != 200) {
            throw new IOException(body.path("error").path("message").asText("HTTP " + answer.status()));
        }
        return body;
    }

    public Optional<Schedule> schedule(long stationId, String etag) throws IOException {
        Answer answer = call("GET", "/api/v1/stations/" + stationId + "/schedule",
                etag == null ? Map.of() : Map.of("If-None-Match", etag), null, TIMEOUT);
        if (answer.status() == 304) {
            return Optional.empty();
        }
        expect(answer, 200);
        return Optional.of(new Schedule(answer.etag(), JSON.readTree(answer.body())));
    }

    /**
     * Downloads a rendition into {@code partial}, resuming from what it already holds (Range with
     * If-Range on the content hash, which is also the ETag).
     */
    public void download(String sha256, Path partial) throws IOException {
        long have = Files.exists(partial) ? Files.size(partial) : 0;
        HttpURLConnection c = open(server.resolve("/api/v1/media/" + sha256), "GET", token, TIMEOUT);
        if (have > 0) {
            c.setRequestProperty("Range", "bytes=" + have + "-");
            c.setRequestProperty("If-Range", "\"" + sha256 + "\"");
        }
        int status = c.getResponseCode();
        boolean resumed = status == 206;
        if (status != 200 && !resumed) {
            drain(c, status);
            throw new IOException("download of " + sha256 + ": HTTP " + status);
        }
        try (InputStream in = c.getInputStream();
             OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     resumed ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            in.transferTo(out);
        }
    }

    /** The answer to a long poll: the station's schedule version and whether it differs from the one sent. */
    public record Change(String version, boolean changed) {
    }

    /** Holds a long poll open for up to {@code waitSeconds} until the station's schedule changes. */
    public Change awaitChange(long stationId, String knownVersion, int waitSeconds) throws IOException {
        String query = "?wait=" + waitSeconds + (knownVersion == null ? ""
                : "&after=" + URLEncoder.encode(knownVersion, StandardCharsets.UTF_8));
        Answer answer = call("GET", "/api/v1/stations/" + stationId + "/schedule/changes" + query, Map.of(), null,
                Duration.ofSeconds(waitSeconds + 30L));
        expect(answer, 200);
        JsonNode body = JSON.readTree(answer.body());
        return new Change(body.path("version").asText(), body.path("changed").asBoolean());
    }

    /**
     * The server's times of one exchange: when the request arrived and when the answer left (an older
     * server sends only the second; then both are it).
     */
    public record ServerTimes(Instant received, Instant answered) {

        static ServerTimes of(JsonNode answer) {
            Instant answered = Instant.parse(answer.get("server_time").asText());
            return new ServerTimes(answer.hasNonNull("received_at") ? Instant.parse(answer.get("received_at").asText())
                    : answered, answered);
        }
    }

    /** Sends a heartbeat; returns the server's times from the answer. */
    public ServerTimes heartbeat(long stationId, ObjectNode body) throws IOException {
        Answer answer = call("POST", "/api/v1/stations/" + stationId + "/heartbeats", Map.of(), body.toString(), TIMEOUT);
        expect(answer, 200);
        return ServerTimes.of(JSON.readTree(answer.body()));
    }

    /**
     * One light exchange for the clock alone (no write on the server); several per sync give the clock
     * filter more samples to choose the least delayed from.
     */
    public ServerTimes time() throws IOException {
        Answer answer = call("GET", "/api/v1/time", Map.of(), null, TIMEOUT);
        expect(answer, 200);
        return ServerTimes.of(JSON.readTree(answer.body()));
    }

    /**
     * What the server did with a batch: the sequences it holds after its commit, and those it refused
     * with its reason. {@code batchRefused} holds the server's message when it refused the batch whole
     * (400: one of its records breaks the API's limits).
     */
    public record AsRunAnswer(List<Long> acknowledged, Map<Long, String> refused, String batchRefused) {
    }

    /** Sends records; says which the server holds after its commit and which it refused. */
    public AsRunAnswer sendAsRun(long stationId, List<JsonNode> records) throws IOException {
        ArrayNode array = JSON.createArrayNode();
        records.forEach(array::add);
        ObjectNode body = JSON.createObjectNode();
        body.set("records", array);
        Answer response = call("POST", "/api/v1/stations/" + stationId + "/as-run", Map.of(), body.toString(), TIMEOUT);
        if (response.status() == 400) {
            return new AsRunAnswer(List.of(), Map.of(), response.body());
        }
        expect(response, 200);
        JsonNode answer = JSON.readTree(response.body());
        List<Long> acknowledged = new ArrayList<>();
        answer.path("acknowledged").forEach(n -> acknowledged.add(n.asLong()));
        Map<Long, String> refused = new LinkedHashMap<>();
        answer.path("refused").forEach(n -> refused.put(n.path("sequence").asLong(),
                n.path("code").asText() + ": " + n.path("message").asText()));
        return new AsRunAnswer(acknowledged, refused, null);
    }

    /** An answer read to its end: status, ETag, body. */
    private record Answer(int status, String etag, String body) {
    }

    private Answer call(String method, String path, Map<String, String> headers, String json, Duration timeout)
            throws IOException {
        return call(server.resolve(path), method, token, headers, json, timeout);
    }

    private static Answer call(URI uri, String method, String token, Map<String, String> headers, String json,
                               Duration timeout) throws IOException {
        HttpURLConnection c = open(uri, method, token, timeout);
        headers.forEach(c::setRequestProperty);
        if (json != null) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            c.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(bytes);
            }
        }
        int status = c.getResponseCode();
        return new Answer(status, c.getHeaderField("ETag"), drain(c, status));
    }

    private static HttpURLConnection open(URI uri, String method, String token, Duration timeout) throws IOException {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        c.setRequestMethod(method);
        c.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
        c.setReadTimeout((int) timeout.toMillis());
        c.setUseCaches(false);
        if (token != null) {
            c.setRequestProperty("Authorization", "Bearer " + token);
        }
        return c;
    }

    /** Reads the answer's body to its end (so the connection goes back to the keep-alive cache) as UTF-8 text. */
    private static String drain(HttpURLConnection c, int status) throws IOException {
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void expect(Answer answer, int status) throws IOException {
        if (answer.status() != status) {
            throw new IOException("HTTP " + answer.status() + ": " + answer.body());
        }
    }
}
