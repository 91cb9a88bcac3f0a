package vn.loa.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian's Chromium, which Playwright drives here (it cannot download its own browsers). On a fresh
 * machine the README's test command installs it with apt-get when it runs as root, as CI does; elsewhere
 * it says what to install.
 */
final class Chromium {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    static synchronized Path executable() {
        if (Files.isExecutable(EXECUTABLE)) {
            return EXECUTABLE;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("Chưa có Chromium: hãy chạy 'sudo apt-get install chromium' /"
                    + " Chromium is missing: install Debian's chromium package (apt-get install chromium)");
        }
        System.out.println("[browser] installing Debian's chromium with apt-get (first run on this machine)");
        run("apt-get", "update", "-qq");
        run("apt-get", "install", "-y", "-qq", "chromium");
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("apt-get install chromium did not provide " + EXECUTABLE);
        }
        return EXECUTABLE;
    }

    private static void run(String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }
}
