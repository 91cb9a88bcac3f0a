package vn.loa.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Vietnamese speech made by espeak-ng inside the tests: dry, peaky, like the programs district and
 * commune centres produce. On a fresh machine the README's test command installs Debian's espeak-ng with
 * apt-get when it runs as root, as CI does; elsewhere it says what to install.
 */
final class Speech {

    private static final Path EXECUTABLE = Path.of("/usr/bin/espeak-ng");
    private static final String SENTENCES = "Xin chào bà con. Đây là bản tin truyền thanh của xã Nam Mẫu. Hôm nay chúng tôi"
            + " xin thông báo về chính sách hỗ trợ hộ nghèo vay vốn sản xuất, phòng chống rét cho trâu bò và an toàn giao"
            + " thông trên các tuyến đường liên thôn. ";

    private Speech() {
    }

    /** About {@code seconds} of speech (whole sentences), as espeak-ng writes it: mono WAV at 22.05 kHz. */
    static Path wav(Path file, int seconds) throws IOException, InterruptedException {
        // one pass of the text is about twelve seconds
        String text = SENTENCES.repeat(Math.max(1, Math.round(seconds / 12f)));
        Process p = new ProcessBuilder(executable().toString(), "-v", "vi", "-w", file.toString(), text)
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0 || !Files.isRegularFile(file)) {
            throw new IllegalStateException("espeak-ng failed: " + output);
        }
        return file;
    }

    private static synchronized Path executable() throws IOException, InterruptedException {
        if (Files.isExecutable(EXECUTABLE)) {
            return EXECUTABLE;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("Chưa có espeak-ng: hãy chạy 'sudo apt-get install espeak-ng' /"
                    + " espeak-ng is missing: install Debian's espeak-ng package");
        }
        System.out.println("[speech] installing Debian's espeak-ng with apt-get (first run on this machine)");
        for (List<String> command : List.of(List.of("apt-get", "update", "-qq"),
                List.of("apt-get", "install", "-y", "-qq", "espeak-ng"))) {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            if (builder.start().waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        }
        return EXECUTABLE;
    }
}
