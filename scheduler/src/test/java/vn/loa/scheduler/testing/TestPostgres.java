package vn.loa.scheduler.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.loa.media.DebianPackage;

/**
 * A real PostgreSQL server for the tests that run on the second store: Debian's PostgreSQL (installed with
 * apt-get on a fresh machine when the tests run as root, as CI does), one private cluster per test JVM in a
 * temporary folder on a free loopback port, stopped when the JVM ends; one database per scheduler data folder.
 *
 * <p>The cluster sorts text bytewise (C collation), as the store requires. It runs without fsync: what is
 * tested here is the SQL and the instances over it; a commit on disk is PostgreSQL's own promise.
 */
public final class TestPostgres {

    /** The system property (or LOA_TEST_STORE) naming the store the integration tests run on. */
    public static final String STORE_PROPERTY = "loa.test.store";

    private static final String USER = "loa";
    private static Server server;

    private record Server(Path bin, Path folder, int port) {
    }

    private TestPostgres() {
    }

    /** True when this run's tests use PostgreSQL ({@code -Dloa.test.store=postgresql}). */
    public static boolean inUse() {
        String chosen = System.getProperty(STORE_PROPERTY, System.getenv().getOrDefault("LOA_TEST_STORE", "sqlite"));
        return chosen.toLowerCase(Locale.ROOT).startsWith("postgres");
    }

    /** The address of the database kept for {@code dataDir}, created empty on first use. */
    public static synchronized String urlFor(Path dataDir) {
        String database = databaseName(dataDir);
        try (Connection admin = connect("postgres"); Statement s = admin.createStatement()) {
            var exists = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
            if (!exists.next()) {
                s.execute("CREATE DATABASE " + database + " TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + database, e);
        }
        return "postgresql://" + USER + "@127.0.0.1:" + server.port() + "/" + database;
    }

    /** The same database's JDBC address, for a test that reaches into the store from outside the server. */
    public static String jdbcUrlFor(Path dataDir) {
        urlFor(dataDir);
        return "jdbc:postgresql://127.0.0.1:" + server.port() + "/" + databaseName(dataDir) + "?user=" + USER;
    }

    /** Drops the database kept for {@code dataDir} (its connections closed by force). */
    public static synchronized void drop(Path dataDir) {
        if (server == null) {
            return;
        }
        try (Connection admin = connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + databaseName(dataDir) + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test database", e);
        }
    }

    private static String databaseName(Path dataDir) {
        return "loa_" + Integer.toUnsignedString(dataDir.toAbsolutePath().normalize().toString().hashCode(), 36);
    }

    private static Connection connect(String database) throws SQLException {
        if (server == null) {
            server = start();
        }
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/" + database + "?user=" + USER);
    }

    private static Server start() {
        try {
            Path bin = binaries();
            Path folder = Files.createTempDirectory("loa-postgresql-");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                // PostgreSQL refuses to run as root: the cluster belongs to the postgres user the package made
                run(List.of("chown", "postgres", folder.toString()), false);
            }
            Path data = folder.resolve("data");
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--auth=trust", "-E", "UTF8",
                    "--locale=C.UTF-8", "--lc-collate=C", "--no-sync"), root);
            int port = freePort();
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60", "-l",
                    folder.resolve("server.log").toString(), "-o", "-p " + port + " -k " + folder
                            + " -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off"
                            + " -c synchronous_commit=off -c full_page_writes=off", "start"), root);
            Server started = new Server(bin, folder, port);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started, root)));
            return started;
        } catch (IOException e) {
            throw new IllegalStateException("could not start a test PostgreSQL", e);
        }
    }

    private static void stop(Server server, boolean root) {
        try {
            run(List.of(server.bin().resolve("pg_ctl").toString(), "-D", server.folder().resolve("data").toString(),
                    "-m", "immediate", "stop"), root);
            Folders.delete(server.folder());
        } catch (IOException | RuntimeException e) {
            System.err.println("[test] could not stop the test PostgreSQL in " + server.folder() + ": " + e.getMessage());
        }
    }

    /** Debian's server binaries, of whatever version the machine has; installed first on a fresh machine. */
    private static Path binaries() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        Path found = newest(versions);
        if (found == null) {
            DebianPackage.ensure("postgresql", Path.of("/usr/lib/postgresql/15/bin/initdb"));
            found = newest(versions);
        }
        if (found == null) {
            throw new IllegalStateException("no PostgreSQL server binaries under " + versions);
        }
        return found;
    }

    private static Path newest(Path versions) throws IOException {
        if (!Files.isDirectory(versions)) {
            return null;
        }
        Path newest = null;
        try (DirectoryStream<Path> each = Files.newDirectoryStream(versions)) {
            for (Path version : each) {
                Path bin = version.resolve("bin");
                if (Files.isExecutable(bin.resolve("initdb"))
                        && (newest == null || version.getFileName().toString().compareTo(newest.getParent().getFileName().toString()) > 0)) {
                    newest = bin;
                }
            }
        }
        return newest;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + String.join(" ", full), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", full), e);
        }
    }
}
