package vn.loa.scheduler.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/** A blocking HTTP client for tests: real requests over loopback to a running scheduler. */
public final class Api {

    /** One response: status, raw text and, when it is JSON, the parsed body. */
    public record Reply(int status, String text, String contentType, HttpHeaders headers) {

        /** The value of the loa_session cookie this reply sets, or null. */
        public String sessionCookie() {
            for (String c : headers.allValues("Set-Cookie")) {
                if (c.startsWith("loa_session=")) {
                    return c.substring("loa_session=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
                }
            }
            return null;
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return new JsonObject(text);
        }

        public JsonArray items() {
            return json().getJsonArray("items");
        }

        public JsonObject error() {
            return json().getJsonObject("error");
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpClient client;
    private final String base;
    private final String sessionCookie;
    private final String csrfToken;
    private final String bearer;

    public Api(int port) {
        this("http://127.0.0.1:" + port, CLIENT, null, null, null);
    }

    public Api(String base, HttpClient client, String sessionCookie, String csrfToken, String bearer) {
        this.base = base;
        this.client = client;
        this.sessionCookie = sessionCookie;
        this.csrfToken = csrfToken;
        this.bearer = bearer;
    }

    /** The same credentials sent to another server on this machine (another instance over the same store). */
    public Api at(int port) {
        return new Api("http://127.0.0.1:" + port, client, sessionCookie, csrfToken, bearer);
    }

    /** e.g. {@code http://127.0.0.1:41234} */
    public String baseUrl() {
        return base;
    }

    /** Signs in and returns a client that sends the session cookie and the CSRF token. */
    public Api signIn(String username, String password) {
        Reply reply = post("/api/v1/session", new JsonObject().put("username", username).put("password", password));
        if (reply.status() != 200) {
            throw new AssertionError("sign-in of " + username + " failed: " + reply);
        }
        return new Api(base, client, reply.sessionCookie(), reply.json().getString("csrf_token"), null);
    }

    /** The same caller sending a different CSRF token (null for none), to test forgery. */
    public Api withCsrf(String token) {
        return new Api(base, client, sessionCookie, token, bearer);
    }

    /** A station agent's client. */
    /** The session cookie's value and the CSRF token, for a client written by hand (raw sockets). */
    public String sessionCookieValue() {
        return sessionCookie;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Api withToken(String token) {
        return new Api(base, client, null, null, token);
    }

    public Api anonymous() {
        return new Api(base, client, null, null, null);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, JsonObject body) {
        return postRaw(path, "application/json", body.encode().getBytes(StandardCharsets.UTF_8));
    }

    public Reply put(String path, JsonObject body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.encode(), StandardCharsets.UTF_8)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply postRaw(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply send(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    /** A multipart/form-data POST, as a browser form sends an upload. */
    public Reply postMultipart(String path, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "loa-" + System.nanoTime();
        byte[] body = multipart(boundary, fields, fileName, content);
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public static byte[] multipart(String boundary, Map<String, String> fields, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Consumer<String> text = t -> out.writeBytes(t.getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n"));
        if (fileName != null) {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(content);
            text.accept("\r\n");
        }
        text.accept("--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    public Reply sendBytes(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    /** Raw bytes of a download, with its headers. */
    public HttpResponse<byte[]> download(String path, String... headers) {
        HttpRequest.Builder builder = request(path).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (sessionCookie != null) {
            builder.header("Cookie", "loa_session=" + sessionCookie);
        }
        if (csrfToken != null) {
            builder.header("X-CSRF-Token", csrfToken);
        }
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    public Reply get(String path, String headerName, String headerValue) {
        return send(request(path).header(headerName, headerValue).GET());
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
