package vn.loa.console;

import java.nio.file.Path;
import vn.loa.media.DebianPackage;

/**
 * Debian's Chromium, which Playwright drives here (it cannot download its own browsers); installed on a
 * fresh machine by the README's test command when it runs as root ({@link DebianPackage}).
 */
final class Chromium {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    static Path executable() {
        return DebianPackage.ensure("chromium", EXECUTABLE);
    }
}
