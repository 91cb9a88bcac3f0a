package vn.loa.scheduler.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import vn.loa.media.DebianPackage;

/**
 * Debian's nginx running the README's recipe ({@code scheduler/deploy/nginx-loa.conf}) with the ports a test chose:
 * the recipe's own file, its two instance addresses and its listening port replaced, inside a minimal main
 * configuration in a temporary folder.
 */
public final class TestNginx implements AutoCloseable {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final Path folder;
    private final int port;

    private TestNginx(Process process, Path folder, int port) {
        this.process = process;
        this.folder = folder;
        this.port = port;
    }

    /** nginx in front of the instances on {@code first} and {@code second}, listening on a free loopback port. */
    public static TestNginx start(Path recipe, int first, int second) throws IOException, InterruptedException {
        DebianPackage.ensure("nginx", NGINX);
        Path folder = Files.createTempDirectory("loa-nginx-");
        int port = freePort();
        String site = Files.readString(recipe, StandardCharsets.UTF_8)
                .replace("127.0.0.1:8081", "127.0.0.1:" + first)
                .replace("127.0.0.1:8082", "127.0.0.1:" + second)
                .replace("listen 127.0.0.1:8080", "listen 127.0.0.1:" + port);
        Files.writeString(folder.resolve("loa.conf"), site, StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve("tmp"));
        boolean root = "root".equals(System.getProperty("user.name"));
        String main = (root ? "user root;\n" : "") + "worker_processes 1;\ndaemon off;\n"
                + "pid " + folder.resolve("nginx.pid") + ";\nerror_log " + folder.resolve("error.log") + " warn;\n"
                + "events { worker_connections 1024; }\n"
                + "http {\n  access_log off;\n"
                + "  client_body_temp_path " + folder.resolve("tmp/body") + ";\n"
                + "  proxy_temp_path " + folder.resolve("tmp/proxy") + ";\n"
                + "  fastcgi_temp_path " + folder.resolve("tmp/fastcgi") + ";\n"
                + "  uwsgi_temp_path " + folder.resolve("tmp/uwsgi") + ";\n"
                + "  scgi_temp_path " + folder.resolve("tmp/scgi") + ";\n"
                + "  include " + folder.resolve("loa.conf") + ";\n}\n";
        Files.writeString(folder.resolve("nginx.conf"), main, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(NGINX.toString(), "-p", folder.toString(), "-e",
                folder.resolve("error.log").toString(), "-c", folder.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("out.log").toFile()).start();
        TestNginx nginx = new TestNginx(process, folder, port);
        nginx.awaitListening();
        return nginx;
    }

    public int port() {
        return port;
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port + ": "
                + Files.readString(folder.resolve("out.log")) + readIfThere(folder.resolve("error.log")));
    }

    private static String readIfThere(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        Folders.delete(folder);
    }
}
