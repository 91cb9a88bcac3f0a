package vn.loa.agent.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 */
public final class ServerClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI server;
    private final String token;

    public ServerClient(URI server, String token) {
        this.server = server;
        this.token = token;
    }

    /** The station's schedule, or empty when it has not changed since {@code etag}. */
    public record Schedule(String etag, JsonNode body) {
    }

    public static JsonNode enrol(URI server, String code) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/v1/agent/enrol"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("code", code).toString())).build();
        HttpResponse<String> response = send(HttpClient.newHttpClient(), request);
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() != 200) {
            throw new IOException(body.path("error").path("message").asText("HTTP " + response.statusCode()));
        }
        return body;
    }

    public Optional<Schedule> schedule(long stationId, String etag) throws IOException {
        HttpRequest.Builder builder = request("/api/v1/stations/" + stationId + "/schedule").GET();
        if (etag != null) {
            builder.header("If-None-Match", etag);
        }
        HttpResponse<String> response = send(http, builder.build());
        if (response.statusCode() == 304) {
            return Optional.empty();
        }
        expect(response, 200);
        return Optional.of(new Schedule(response.headers().firstValue("ETag").orElse(null), JSON.readTree(response.body())));
    }

    /**
     * Downloads a rendition into {@code partial}, resuming from what it already holds (Range with
     * If-Range on the content hash, which is also the ETag).
     */
    public void download(String sha256, Path partial) throws IOException {
        long have = Files.exists(partial) ? Files.size(partial) : 0;
        HttpRequest.Builder builder = request("/api/v1/media/" + sha256).GET();
        if (have > 0) {
            builder.header("Range", "bytes=" + have + "-").header("If-Range", "\"" + sha256 + "\"");
        }
        try {
            HttpResponse<InputStream> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            boolean resumed = response.statusCode() == 206;
            if (response.statusCode() != 200 && !resumed) {
                response.body().close();
                throw new IOException("download of " + sha256 + ": HTTP " + response.statusCode());
            }
            try (InputStream in = response.body();
                 OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                         resumed ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                in.transferTo(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The answer to a long poll: the station's schedule version and whether it differs from the one sent. */
    public record Change(String version, boolean changed) {
    }

    /** Holds a long poll open for up to {@code waitSeconds} until the station's schedule changes. */
    public Change awaitChange(long stationId, String knownVersion, int waitSeconds) throws IOException {
        String query = "?wait=" + waitSeconds + (knownVersion == null ? ""
                : "&after=" + URLEncoder.encode(knownVersion, StandardCharsets.UTF_8));
        HttpResponse<String> response = send(http, HttpRequest.newBuilder(server.resolve("/api/v1/stations/" + stationId
                + "/schedule/changes" + query)).timeout(Duration.ofSeconds(waitSeconds + 30L))
                .header("Authorization", "Bearer " + token).GET().build());
        expect(response, 200);
        JsonNode body = JSON.readTree(response.body());
        return new Change(body.path("version").asText(), body.path("changed").asBoolean());
    }

    /**
     * The server's times of one exchange: when the request arrived and when the answer left (an older
     * server sends only the second; then both are it).
     */
    public record ServerTimes(Instant received, Instant answered) {
    }

    /** Sends a heartbeat; returns the server's times from the answer. */
    public ServerTimes heartbeat(long stationId, ObjectNode body) throws IOException {
        HttpResponse<String> response = send(http, request("/api/v1/stations/" + stationId + "/heartbeats")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        expect(response, 200);
        JsonNode answer = JSON.readTree(response.body());
        Instant answered = Instant.parse(answer.get("server_time").asText());
        return new ServerTimes(answer.hasNonNull("received_at") ? Instant.parse(answer.get("received_at").asText()) : answered,
                answered);
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
        HttpResponse<String> response = send(http, request("/api/v1/stations/" + stationId + "/as-run")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        if (response.statusCode() == 400) {
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

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
    }

    private static void expect(HttpResponse<String> response, int status) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException("HTTP " + response.statusCode() + ": " + response.body());
        }
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
