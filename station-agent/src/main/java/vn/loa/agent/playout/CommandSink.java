package vn.loa.agent.playout;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.loa.agent.process.CommandWords;
import vn.loa.agent.time.AgentClock;

/**
 * Airs through an external player, e.g. {@code command:mpg123 -q {file}} or {@code command:ffplay -nodisp
 * -autoexit {file}}: the command starts at the planned instant with the rendition's path in place of
 * {@code {file}} (or appended), the airing lasts as long as the command runs, and a stop ends the command.
 * Its output goes to {@code command-sink.log} in the data folder.
 */
public final class CommandSink implements Sink {

    private final List<String> command;
    private final Path log;
    private final AgentClock clock;

    public CommandSink(String commandLine, Path log, AgentClock clock) {
        this.command = CommandWords.split(commandLine);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("Thiếu lệnh phát / The command: sink needs a command");
        }
        this.log = log;
        this.clock = clock;
    }

    @Override
    public Airing start(Cue cue) {
        List<String> line = new ArrayList<>();
        boolean placed = false;
        for (String word : command) {
            placed |= word.contains("{file}");
            line.add(word.replace("{file}", cue.rendition().toAbsolutePath().toString()));
        }
        if (!placed) {
            line.add(cue.rendition().toAbsolutePath().toString());
        }
        return AiringThread.start(clock, cue.durationMillis(), "loa-command-sink", airing -> {
            if (!clock.sleepUntil(cue.startAt(), airing::stopRequested)) {
                return;
            }
            Process process;
            try {
                process = new ProcessBuilder(line).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            } catch (IOException e) {
                throw new IOException("Không chạy được lệnh phát / cannot run the player " + line.get(0) + ": " + e.getMessage(), e);
            }
            airing.started();
            while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
                if (airing.stopRequested()) {
                    process.toHandle().destroy();
                    if (!process.waitFor(2, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor();
                    }
                    return;
                }
            }
            if (process.exitValue() != 0) {
                airing.fail("Lệnh phát dừng với mã / the player exited with code " + process.exitValue() + " (xem / see "
                        + log.getFileName() + ")");
            }
        });
    }

    /**
     * A relay through the player: the command runs with {@code -} in place of {@code {file}} (or appended) and
     * reads the relay's audio as WAV on its standard input ({@code ffplay -nodisp -i -}, {@code aplay -}).
     */
    @Override
    public PcmOutlet outlet(String label) throws IOException {
        List<String> line = new ArrayList<>();
        boolean placed = false;
        for (String word : command) {
            placed |= word.contains("{file}");
            line.add(word.replace("{file}", "-"));
        }
        if (!placed) {
            line.add("-");
        }
        Process process;
        try {
            process = new ProcessBuilder(line).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IOException("Không chạy được lệnh phát / cannot run the player " + line.get(0) + ": " + e.getMessage(), e);
        }
        java.io.OutputStream in = process.getOutputStream();
        in.write(PcmOutlet.wavHeader(0xFFFFFFFFL - 36));
        return new PcmOutlet() {
            @Override
            public void write(byte[] pcm, int offset, int length) throws IOException {
                in.write(pcm, offset, length);
            }

            @Override
            public void close() throws IOException {
                try {
                    in.close();
                    if (!process.waitFor(2, TimeUnit.SECONDS)) {
                        process.destroy();
                    }
                } catch (InterruptedException e) {
                    process.destroy();
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    @Override
    public String state() {
        return "lệnh / command " + String.join(" ", command);
    }
}
