package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The service definitions the README tells officers to install: their syntax and what they run. */
class ServiceFilesTest {

    private static final Path UNIT = Path.of("deploy", "loa-agent.service");
    private static final Map<String, Set<String>> KNOWN = Map.of(
            "Unit", Set.of("Description", "Documentation", "After", "Wants"),
            "Service", Set.of("Type", "User", "Group", "WorkingDirectory", "ExecStart", "Restart", "RestartSec",
                    "TimeoutStopSec", "Environment", "MemoryHigh", "MemoryMax"),
            "Install", Set.of("WantedBy"));

    @Test
    void theSystemdUnitHasOnlyKnownKeysAndRunsTheAgentWithRestarts() throws Exception {
        Map<String, Map<String, String>> sections = new HashMap<>();
        String section = null;
        for (String raw : Files.readAllLines(UNIT, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                assertTrue(KNOWN.containsKey(section), "unknown section " + line);
                sections.put(section, new HashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            assertTrue(section != null && eq > 0, "not a key=value line: " + raw);
            String key = line.substring(0, eq);
            assertTrue(KNOWN.get(section).contains(key), "unknown key " + key + " in [" + section + "]");
            sections.get(section).put(key, line.substring(eq + 1));
        }
        String exec = sections.get("Service").get("ExecStart");
        assertTrue(exec.startsWith("/usr/bin/java ") && exec.contains(" -jar ") && exec.contains(" run --data "), exec);
        assertEquals("always", sections.get("Service").get("Restart"));
        assertEquals("256M", sections.get("Service").get("MemoryMax"), "a hard memory ceiling, restarted by Restart=always");
        assertEquals("multi-user.target", sections.get("Install").get("WantedBy"));

        Path analyze = Path.of("/usr/bin/systemd-analyze");
        if (Files.isExecutable(analyze)) {
            Process p = new ProcessBuilder(List.of(analyze.toString(), "verify", UNIT.toAbsolutePath().toString()))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor());
            assertEquals("", out.strip(), "systemd-analyze verify complains");
        }
    }

    @Test
    void theWinswDefinitionIsWellFormedAndRunsTheAgent() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("deploy", "loa-agent-winsw.xml").toFile());
        assertEquals("loa-agent", xml.getElementsByTagName("id").item(0).getTextContent());
        String arguments = xml.getElementsByTagName("arguments").item(0).getTextContent();
        assertTrue(arguments.contains("-jar") && arguments.contains(" run --data "), arguments);
        assertEquals("restart", xml.getElementsByTagName("onfailure").item(0).getAttributes().getNamedItem("action")
                .getNodeValue());
    }
}
