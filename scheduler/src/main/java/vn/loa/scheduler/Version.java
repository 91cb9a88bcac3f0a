package vn.loa.scheduler;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version this build was made from, as Maven wrote it into {@code loa-version.properties}. */
public final class Version {

    private static final String CURRENT = read();

    private Version() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/loa-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
