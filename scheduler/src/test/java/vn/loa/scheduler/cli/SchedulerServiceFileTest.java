package vn.loa.scheduler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.loa.scheduler.testing.SystemdUnit;

/** The scheduler's systemd unit the README tells an administrator to install: its syntax and what it runs. */
class SchedulerServiceFileTest {

    private static final Map<String, Set<String>> KNOWN = Map.of(
            "Unit", Set.of("Description", "Documentation", "After", "Wants"),
            "Service", Set.of("Type", "User", "Group", "WorkingDirectory", "ExecStart", "Restart", "RestartSec",
                    "TimeoutStopSec", "Environment", "StandardOutput", "StandardError", "NoNewPrivileges", "ProtectSystem",
                    "ReadWritePaths"),
            "Install", Set.of("WantedBy"));

    @Test
    void theUnitServesFromTheDataFolderItMayWriteAndRestarts() throws Exception {
        SystemdUnit unit = SystemdUnit.read(Path.of("deploy", "loa-scheduler.service"), KNOWN);
        String exec = unit.get("Service", "ExecStart");
        assertTrue(exec.contains(" -jar /opt/loa/loa-scheduler.jar serve --data /var/lib/loa "), exec);
        assertEquals("/var/lib/loa", unit.get("Service", "ReadWritePaths"), "the store and media folder, the only place written");
        assertTrue(exec.contains("--data " + unit.get("Service", "ReadWritePaths")), "serves from the folder it may write");
        assertEquals("always", unit.get("Service", "Restart"));
        assertEquals("multi-user.target", unit.get("Install", "WantedBy"));
    }
}
