package vn.loa.scheduler.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A systemd unit file the README tells an administrator to install, read as systemd reads it: only the
 * sections and keys we mean to use (a typo would be silently ignored by systemd), and checked by
 * {@code systemd-analyze verify} where the machine has it.
 */
public final class SystemdUnit {

    private final Map<String, Map<String, String>> sections;

    private SystemdUnit(Map<String, Map<String, String>> sections) {
        this.sections = sections;
    }

    public static SystemdUnit read(Path file, Map<String, Set<String>> known) throws IOException, InterruptedException {
        return read(file, known, Map.of());
    }

    /**
     * The same, verifying a copy where each key of {@code installed} (a path the unit expects once installed,
     * which systemd-analyze checks exists) is replaced by where that file is in the repository.
     */
    public static SystemdUnit read(Path file, Map<String, Set<String>> known, Map<String, String> installed)
            throws IOException, InterruptedException {
        Map<String, Map<String, String>> sections = new HashMap<>();
        String section = null;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                assertTrue(known.containsKey(section), "unknown section " + line + " in " + file);
                sections.put(section, new HashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            assertTrue(section != null && eq > 0, "not a key=value line: " + raw);
            String key = line.substring(0, eq);
            assertTrue(known.get(section).contains(key), "unknown key " + key + " in [" + section + "] of " + file);
            sections.get(section).put(key, line.substring(eq + 1));
        }
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        if (Files.isExecutable(analyze)) {
            Path dir = Files.createTempDirectory("unit-");
            Path copy = dir.resolve(file.getFileName());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : installed.entrySet()) {
                text = text.replace(e.getKey(), e.getValue());
            }
            Files.writeString(copy, text, StandardCharsets.UTF_8);
            try {
                Process p = new ProcessBuilder(List.of(analyze.toString(), "verify", copy.toString()))
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, p.waitFor(), out);
                assertEquals("", out.strip(), "systemd-analyze verify complains");
            } finally {
                Files.delete(copy);
                Files.delete(dir);
            }
        }
        return new SystemdUnit(sections);
    }

    /** A key's value, or null when the section does not set it. */
    public String get(String section, String key) {
        return sections.getOrDefault(section, Map.of()).get(key);
    }
}
