package vn.loa.scheduler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * One client cannot hold the server's connections: idle and trickling connections are closed, one
 * address holds at most its share, the long poll still waits its full time, and X-Forwarded-For is
 * believed only from the trusted proxy (here 127.0.0.2; the tests' own client is 127.0.0.1).
 */
class ConnectionHygieneIT {

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withEnvironment(Map.of(
            "LOA_HTTP_HEADER_TIMEOUT_SECONDS", "2", "LOA_HTTP_BODY_TIMEOUT_SECONDS", "2",
            "LOA_HTTP_MAX_CONNECTIONS_PER_ADDRESS", "64", "LOA_HTTP_MAX_LONG_POLLS", "1",
            "LOA_SERVER_TRUSTED_PROXIES", "127.0.0.2"));

    private int port() {
        return URI.create(scheduler.api().baseUrl()).getPort();
    }

    private Socket connect(String from) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port()), 5000);
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** True once the server has closed the connection (end of stream or reset). */
    private static boolean closedByServer(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            while (true) {
                int b = in.read();
                if (b < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Test
    void twoThousandIdleConnectionsAreClosedAndHealthAnswersThroughout() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 2000; i++) {
                idle.add(connect("127.0.0.1"));
            }
            assertEquals(200, get("127.0.0.3", "/health"), "another address is served while one holds its share");
            Thread.sleep(3000);
            int closed = 0;
            for (Socket s : idle) {
                closed += closedByServer(s) ? 1 : 0;
            }
            assertEquals(2000, closed, "every idle connection closed by the server");
            assertEquals(200, get("127.0.0.1", "/health"), "and the address is served again");
        } finally {
            for (Socket s : idle) {
                s.close();
            }
        }
    }

    @Test
    void tricklingHeadersAndBodiesAreCutOff() throws Exception {
        try (Socket headers = connect("127.0.0.1"); Socket body = connect("127.0.0.1")) {
            OutputStream h = headers.getOutputStream();
            OutputStream b = body.getOutputStream();
            b.write(("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            long started = System.nanoTime();
            boolean headersCut = false;
            boolean bodyCut = false;
            try {
                for (String piece : "GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ".split("")) {
                    h.write(piece.getBytes(StandardCharsets.US_ASCII));
                    b.write('a');
                    Thread.sleep(250);
                }
            } catch (IOException cut) {
                // one of them was closed while writing: checked below
            }
            headers.setSoTimeout(3000);
            body.setSoTimeout(3000);
            headersCut = closedByServer(headers);
            bodyCut = closedByServer(body);
            assertTrue(headersCut, "a request whose headers trickle in is closed");
            assertTrue(bodyCut, "a body that trickles in is closed");
            assertTrue(System.nanoTime() - started < 20_000_000_000L);
        }
        expect(scheduler.api().get("/health"), 200);
    }

    @Test
    void aKeptAliveConnectionOfAnsweredRequestsOutlivesTheBodyTimeout() throws Exception {
        // HTTP/1.1 keep-alive, as an agent's client and a browser use it: the access gate pauses every request
        // while it finds the caller, so a GET's end may never be read; once answered, no body is awaited
        try (Socket socket = connect("127.0.0.1")) {
            long started = System.nanoTime();
            int answered = 0;
            while (System.nanoTime() - started < 3_500_000_000L) {
                socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                assertEquals(200, readAnswer(socket.getInputStream()), "answer " + (answered + 1) + " on the same connection");
                answered++;
                Thread.sleep(500);
            }
            assertTrue(answered >= 6, "requests over more than the 2 s body timeout: " + answered);
        }
    }

    @Test
    void aKeptAliveConnectionFallingSilentAfterAnAnsweredBodyIsClosed() throws Exception {
        try (Socket socket = connect("127.0.0.1")) {
            byte[] body = "{\"username\":\"khong-co\",\"password\":\"sai-mat-khau\"}".getBytes(StandardCharsets.UTF_8);
            socket.getOutputStream().write(("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            assertEquals(401, readAnswer(socket.getInputStream()), "the sign-in is answered");
            long answered = System.nanoTime();
            socket.setSoTimeout(5000);
            assertTrue(closedByServer(socket), "silent after its answer: closed as the next request's headers do not come");
            long seconds = (System.nanoTime() - answered) / 1_000_000_000L;
            assertTrue(seconds >= 1 && seconds <= 3, "closed after the 2-s header timeout, not the body's: " + seconds + " s");
        }
    }

    /** One HTTP/1.1 answer with a Content-Length, read to its end; returns its status. */
    private static int readAnswer(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the server closed the connection");
            }
            head.append((char) b);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        in.readNBytes(length);
        return Integer.parseInt(head.substring(9, 12));
    }

    @Test
    void theLongPollWaitsPastTheHeaderTimeoutAndTheirNumberIsBounded() throws Exception {
        Api admin = scheduler.admin();
        Fixtures.createTree(admin);
        long station = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json()
                .getLong("id");
        Api agent = scheduler.api().withToken(Fixtures.enrol(admin, scheduler.api(), station));
        String version = expect(agent.get("/api/v1/stations/" + station + "/schedule/changes?wait=0"), 200).json()
                .getString("version");
        // the new station's first planning (a few seconds after it was created) changes the version once
        version = expect(agent.get("/api/v1/stations/" + station + "/schedule/changes?wait=10&after=" + version), 200)
                .json().getString("version");
        String path = "/api/v1/stations/" + station + "/schedule/changes?wait=4&after=" + version;
        var first = CompletableFuture.supplyAsync(() -> {
            long t = System.nanoTime();
            Api.Reply reply = agent.get(path);
            return Map.entry(reply, (System.nanoTime() - t) / 1_000_000);
        });
        Thread.sleep(500);
        long t = System.nanoTime();
        Api.Reply second = expect(agent.get(path), 200);
        assertTrue((System.nanoTime() - t) / 1_000_000 < 2000, "beyond the bound, a long poll answers at once");
        assertEquals(false, second.json().getBoolean("changed"));
        var held = first.get();
        assertEquals(200, held.getKey().status(), held.getKey().toString());
        assertTrue(held.getValue() >= 3500, "held its full wait, past the 2-second header timeout: " + held.getValue() + " " + held.getKey());
    }

    @Test
    void forwardedForIsBelievedFromTheTrustedProxyOnly() throws Exception {
        TestUsers.create(scheduler.store(), "kehoach", Role.PLANNER, null);
        for (int i = 0; i < 20; i++) {
            assertEquals(401, login("127.0.0.2", "203.0.113.7", "khong-co-" + i, "sai"), "a failure from 203.0.113.7");
        }
        assertEquals(429, login("127.0.0.2", "203.0.113.7", "kehoach", TestUsers.PASSWORD), "that address is locked");
        assertEquals(200, login("127.0.0.2", "203.0.113.8", "kehoach", TestUsers.PASSWORD),
                "another user behind the same proxy is not");

        for (int i = 0; i < 20; i++) {
            login("127.0.0.1", "198.51.100." + i, "khong-co-" + i, "sai");
        }
        assertEquals(429, login("127.0.0.1", "198.51.100.99", "kehoach", TestUsers.PASSWORD),
                "a client that is not the proxy cannot pick its address with the header");
    }

    private int get(String from, String path) throws IOException {
        try (Socket socket = connect(from)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    private int login(String from, String forwardedFor, String username, String password) throws IOException {
        byte[] body = new JsonObject().put("username", username).put("password", password).encode()
                .getBytes(StandardCharsets.UTF_8);
        try (Socket socket = connect(from)) {
            socket.getOutputStream().write(("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "X-Forwarded-For: " + forwardedFor + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
