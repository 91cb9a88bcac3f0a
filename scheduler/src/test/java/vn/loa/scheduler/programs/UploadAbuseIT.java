package vn.loa.scheduler.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Eventually;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * Uploads that must not cost the server anything: an anonymous or unauthorised 150 MB upload is
 * refused after its headers with nothing written, and multipart bodies of thousands of parts are
 * answered 4xx, never 500.
 */
class UploadAbuseIT {

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withEnvironment(Map.of());
    private Api admin;

    @BeforeEach
    void tree() {
        admin = scheduler.admin();
        Fixtures.createTree(admin);
    }

    @Test
    void anAnonymousHugeUploadIsRefusedAfterItsHeadersAndLeavesNothing() throws IOException {
        String status = rawUpload(null, 150L * 1024 * 1024);
        assertTrue(status.startsWith("HTTP/1.1 401"), status);
        assertTrue(uploadsLeft().isEmpty(), "written before the refusal: " + uploadsLeft());
    }

    @Test
    void aSignedInUserWithoutTheRightIsRefusedBeforeTheBodyToo() throws IOException {
        Api supervisor = scheduler.as("giamsat", Role.SUPERVISOR, Fixtures.PROVINCE);
        String status = rawUpload(supervisor, 150L * 1024 * 1024);
        assertTrue(status.startsWith("HTTP/1.1 403"), status);
        assertTrue(uploadsLeft().isEmpty(), "written before the refusal: " + uploadsLeft());
    }

    @Test
    void thousandsOfFieldsOrFilePartsAre4xxNot500() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < 10_000; i++) {
            fields.put("f" + i, "giá trị " + i);
        }
        Api.Reply manyFields = admin.postMultipart("/api/v1/programs", fields, "a.wav", new byte[100]);
        assertTrue(manyFields.status() >= 400 && manyFields.status() < 500, manyFields.toString());

        String boundary = "loa-parts";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file").append(i)
                    .append("\"; filename=\"t").append(i).append(".wav\"\r\nContent-Type: audio/wav\r\n\r\nRIFF\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        Api.Reply manyFiles = admin.sendBytes("POST", "/api/v1/programs", "multipart/form-data; boundary=" + boundary,
                body.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(manyFiles.status() >= 400 && manyFiles.status() < 500, manyFiles.toString());
        // parts received before the limit was reached are removed as the request ends
        Eventually.until("no part left behind in the upload folder", Duration.ofSeconds(5), Duration.ofMillis(20),
                () -> uploadsLeft().isEmpty());
        assertEquals(0, Fixtures.expect(admin.get("/api/v1/programs"), 200).items().size());
    }

    /** Sends headers and then as much of a body of {@code length} bytes as the server takes; its status line. */
    private String rawUpload(Api user, long length) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", URI.create(scheduler.api().baseUrl()).getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/programs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                    + (user == null ? "" : "Cookie: loa_session=" + user.sessionCookieValue() + "\r\nX-CSRF-Token: "
                            + user.csrfToken() + "\r\n")
                    + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            InputStream in = socket.getInputStream();
            CompletableFuture<byte[]> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return in.readNBytes(12);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            try {
                for (long sent = 0; sent < length && !answer.isDone(); sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException closedByServer) {
                // the server may close once it has answered
            }
            byte[] head = answer.join();
            return new String(head, StandardCharsets.US_ASCII);
        }
    }

    private List<Path> uploadsLeft() {
        Path uploads = scheduler.dataDir().resolve("uploads");
        if (!Files.exists(uploads)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(uploads)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
