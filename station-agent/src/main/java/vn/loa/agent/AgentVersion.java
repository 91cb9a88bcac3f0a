package vn.loa.agent;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version this agent was built as, from {@code loa-agent-version.properties} (Maven writes it). */
public final class AgentVersion {

    private static final String CURRENT = read();

    private AgentVersion() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream in = AgentVersion.class.getResourceAsStream("/loa-agent-version.properties")) {
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
