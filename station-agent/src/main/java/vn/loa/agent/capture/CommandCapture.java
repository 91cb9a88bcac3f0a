package vn.loa.agent.capture;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import vn.loa.agent.process.CommandWords;
import vn.loa.proof.AudioFingerprint;

/**
 * Hears through a program the officer names ({@code --capture command:LINE}), started when an airing begins and
 * stopped when it ends; it writes what it hears on its output as 16-bit mono PCM at {@link AudioFingerprint#RATE} Hz
 * (e.g. {@code arecord -q -D plughw:1 -f S16_LE -c 1 -r 5512 -t raw} on Linux, ffmpeg's dshow input on Windows). Its
 * messages go to {@code capture.log} in the data folder.
 */
final class CommandCapture implements Capture {

    private final List<String> command;
    private final Path log;
    CommandCapture(String commandLine, Path log) {
        this.command = CommandWords.split(commandLine);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("Thiếu lệnh thu / The command: capture needs a command");
        }
        this.log = log;
    }

    @Override
    public Listening listen(Instant from) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
        } catch (IOException e) {
            return Listening.failed(from, "cannot run " + command.get(0) + ": " + e.getMessage());
        }
        Listening listening = new Listening(from, () -> {
            process.destroy();
            try {
                process.waitFor(2, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        });
        return PcmReading.inBackground(listening, process.getInputStream(), AudioFingerprint.RATE);
    }
}
