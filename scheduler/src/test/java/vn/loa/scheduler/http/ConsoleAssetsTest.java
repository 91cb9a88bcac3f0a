package vn.loa.scheduler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ConsoleAssetsTest {

    private static Map<String, byte[]> files(String app, String css) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("loa-console/js/app.js", app.getBytes(StandardCharsets.UTF_8));
        files.put("loa-console/console.css", css.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void anyChangeToAnyFileGivesTheConsoleANewPathAndNoChangeKeepsIt() {
        String before = ConsoleAssets.versionOf(files("// Lập lịch phát thanh", "main { }"));
        assertEquals(before, ConsoleAssets.versionOf(files("// Lập lịch phát thanh", "main { }")), "the same build, the same path");
        assertNotEquals(before, ConsoleAssets.versionOf(files("// Lập lịch phát thanh.", "main { }")));
        assertNotEquals(before, ConsoleAssets.versionOf(files("// Lập lịch phát thanh", "main { color: red }")));
        assertEquals(12, before.length());
    }
}
