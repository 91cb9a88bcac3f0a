package vn.loa.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A Debian package a test needs (espeak-ng, Chromium): on a fresh machine the README's test command
 * installs it with apt-get when it runs as root, as CI does; elsewhere it says what to install.
 */
public final class DebianPackage {

    private DebianPackage() {
    }

    /** The package's executable, installed first when it is missing. */
    public static synchronized Path ensure(String packageName, Path executable) {
        if (Files.isExecutable(executable)) {
            return executable;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("Chưa có " + packageName + ": hãy chạy 'sudo apt-get install " + packageName + "' / "
                    + packageName + " is missing: install Debian's " + packageName + " package");
        }
        System.out.println("[test] installing Debian's " + packageName + " with apt-get (first run on this machine)");
        run(List.of("apt-get", "update", "-qq"));
        run(List.of("apt-get", "install", "-y", "-qq", packageName));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("apt-get install " + packageName + " did not provide " + executable);
        }
        return executable;
    }

    private static void run(List<String> command) {
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
