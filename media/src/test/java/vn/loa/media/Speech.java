package vn.loa.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Vietnamese speech made by espeak-ng inside the tests: dry, peaky, like the programs district and
 * commune centres produce. Debian's espeak-ng is installed on first use ({@link DebianPackage}).
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

    private static Path executable() {
        return DebianPackage.ensure("espeak-ng", EXECUTABLE);
    }
}
