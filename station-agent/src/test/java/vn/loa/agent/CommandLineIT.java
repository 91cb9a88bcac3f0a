package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent's command line as an officer meets it: a failure is one sentence that says what to do. */
class CommandLineIT {

    @TempDir
    Path data;

    @Test
    void enrollingAgainstAServerThatCannotBeReachedSaysSoInOneSentence() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String out = AgentProcess.output("enroll", "--server", "http://127.0.0.1:" + port, "--code", "ABCD-EFGH",
                "--data", data.toString());
        assertTrue(out.contains("Không kết nối được máy chủ http://127.0.0.1:" + port), out);
        assertTrue(out.contains("hãy kiểm tra địa chỉ máy chủ và mạng của máy"), out);
        assertFalse(out.contains("\tat ") || out.contains("Exception in thread"), "no stack trace: " + out);
        assertTrue(out.strip().lines().count() == 1, "one line: " + out);
    }
}
