package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import vn.loa.scheduler.testing.SystemdUnit;

/** The service definitions the README tells officers to install: their syntax and what they run. */
class ServiceFilesTest {

    private static final Path UNIT = Path.of("deploy", "loa-agent.service");
    private static final Map<String, Set<String>> KNOWN = Map.of(
            "Unit", Set.of("Description", "Documentation", "After", "Wants"),
            "Service", Set.of("Type", "User", "Group", "WorkingDirectory", "ExecStart", "Restart", "RestartSec",
                    "TimeoutStopSec", "Environment", "MemoryHigh", "MemoryMax"),
            "Install", Set.of("WantedBy"));

    @Test
    void theSystemdUnitHasOnlyKnownKeysAndRunsThePackagedAgentWithRestarts() throws Exception {
        SystemdUnit unit = SystemdUnit.read(UNIT, KNOWN,
                Map.of("/opt/loa-agent/bin/loa-agent", Path.of("deploy", "loa-agent").toAbsolutePath().toString()));
        String exec = unit.get("Service", "ExecStart");
        assertTrue(exec.startsWith("/opt/loa-agent/bin/loa-agent ") && exec.contains(" run --data "), exec);
        assertEquals("always", unit.get("Service", "Restart"));
        assertEquals("256M", unit.get("Service", "MemoryMax"), "a hard memory ceiling, restarted by Restart=always");
        assertEquals("multi-user.target", unit.get("Install", "WantedBy"));
    }

    @Test
    void theLauncherRunsThePackagesOwnJavaWithTheSmallPcFlags() throws Exception {
        String launcher = Files.readString(Path.of("deploy", "loa-agent"), StandardCharsets.UTF_8);
        assertTrue(launcher.startsWith("#!/bin/sh\n"), "a POSIX shell script");
        assertTrue(launcher.contains("exec \"$home/runtime/bin/java\""), "the runtime that came in the package, not a system Java");
        for (String flag : AgentProcess.FLAGS) {
            assertTrue(launcher.contains(flag), "the flag the README measured the agent with: " + flag);
        }
        assertTrue(Files.isExecutable(Path.of("deploy", "loa-agent")) && Files.isExecutable(Path.of("deploy", "package.sh")),
                "executable as checked out");
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
