package vn.loa.scheduler.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The console's scripts and styles under a path named by a hash of their content ({@code /v/HASH/js/app.js}),
 * cached for a year; the page that names them is never cached. After an upgrade the office PC's next load
 * gets the new page, which names new paths: no old script runs against the new API. Relative imports
 * between the modules stay inside the versioned path by themselves.
 */
final class ConsoleAssets {

    private static final String PREFIX = "/v/";
    private static final String VERSIONED = "loa.console.versioned";
    private final String root;
    private final String version;
    private final Buffer page;

    /** @param root the classpath folder of the console ({@code loa-console}) */
    ConsoleAssets(String root) {
        this.root = root;
        this.version = versionOf(contents(root));
        String index = read(root + "/index.html");
        // the page names its stylesheet and its first module; every other module follows from these
        this.page = Buffer.buffer(index.replace("href=\"/console.css\"", "href=\"" + base() + "console.css\"")
                .replace("src=\"/js/app.js\"", "src=\"" + base() + "js/app.js\""));
    }

    /** {@code /v/HASH/}: where this build's console files are. */
    String base() {
        return PREFIX + version + "/";
    }

    void mount(Router router) {
        router.getWithRegex("/(index\\.html)?").handler(rc -> rc.response().putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-cache").end(page));
        StaticHandler versioned = StaticHandler.create(root).setDefaultContentEncoding("UTF-8").setCachingEnabled(true)
                .setMaxAgeSeconds(365L * 24 * 3600);
        // files named without a version (the portal's page style, its player script) are checked each time
        StaticHandler plain = StaticHandler.create(root).setDefaultContentEncoding("UTF-8");
        // a page of an older build asks for its own hash: it gets this build's files, since old ones are gone
        router.get(PREFIX + "*").handler(rc -> {
            String rest = rc.normalizedPath().substring(PREFIX.length());
            int slash = rest.indexOf('/');
            rc.put(VERSIONED, true);
            rc.reroute(slash < 0 ? "/" : rest.substring(slash));
        });
        router.get("/*").handler(rc -> {
            if (rc.get(VERSIONED) != null) {
                versioned.handle(rc);
            } else {
                plain.handle(rc);
            }
        });
    }

    /** A short hash of every file's name and bytes, in name order. */
    static String versionOf(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Every file under the classpath folder, from a jar (the built scheduler) or a directory (tests). */
    private static Map<String, byte[]> contents(String root) {
        Map<String, byte[]> files = new TreeMap<>();
        URL url = ConsoleAssets.class.getClassLoader().getResource(root + "/index.html");
        if (url == null) {
            throw new IllegalStateException("the console is not on the classpath: " + root);
        }
        try {
            if (url.getProtocol().equals("jar")) {
                try (JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile()) {
                    for (JarEntry e : jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(root + "/")).toList()) {
                        try (InputStream in = jar.getInputStream(e)) {
                            files.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            } else {
                Path dir = Path.of(url.toURI()).getParent();
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.filter(Files::isRegularFile).toList()) {
                        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static String read(String resource) {
        try (InputStream in = ConsoleAssets.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
