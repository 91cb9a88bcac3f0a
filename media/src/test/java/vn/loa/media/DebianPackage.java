package vn.loa.media;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
        // the integration tests run in two JVMs: one installs while the other waits for it, then finds it there
        try (FileChannel channel = FileChannel.open(Path.of(System.getProperty("java.io.tmpdir"), "loa-apt-get.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            if (!Files.isExecutable(executable)) {
                System.out.println("[test] installing Debian's " + packageName + " with apt-get (first run on this machine)");
                run(List.of("apt-get", "-o", "DPkg::Lock::Timeout=600", "update", "-qq"));
                run(List.of("apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y", "-qq", packageName));
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not take the apt-get lock", e);
        }
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
