package vn.loa.agent.capture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/**
 * Hears through a sound card input ({@code --capture javasound:NAME}): the first input device whose name contains
 * NAME, opened at the lowest of the usual rates it takes, mono, 16-bit, when an airing begins and closed when it ends.
 */
final class JavaSoundCapture implements Capture {

    private static final float[] RATES = {11025, 8000, 16000, 22050, 44100, 48000};

    private final Mixer.Info device;

    private JavaSoundCapture(Mixer.Info device) {
        this.device = device;
    }

    /** @throws IllegalArgumentException naming the inputs there are, when none is called so */
    static JavaSoundCapture named(String name) {
        List<String> inputs = new ArrayList<>();
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            if (AudioSystem.getMixer(info).isLineSupported(new DataLine.Info(TargetDataLine.class, null))) {
                if (!name.isBlank() && info.getName().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
                    return new JavaSoundCapture(info);
                }
                inputs.add(info.getName());
            }
        }
        throw new IllegalArgumentException("Không có đầu thu âm tên \"" + name + "\" / No sound input called \"" + name + "\"; "
                + (inputs.isEmpty() ? "máy này không có đầu thu nào / this PC has no sound input"
                : "có / there are: " + String.join(", ", inputs)));
    }

    @Override
    public Listening listen(Instant from) {
        Mixer mixer = AudioSystem.getMixer(device);
        for (float rate : RATES) {
            AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
            DataLine.Info wanted = new DataLine.Info(TargetDataLine.class, format);
            if (!mixer.isLineSupported(wanted)) {
                continue;
            }
            try {
                TargetDataLine line = (TargetDataLine) mixer.getLine(wanted);
                line.open(format);
                line.start();
                Listening listening = new Listening(from, () -> {
                    line.stop();
                    line.close();
                });
                return PcmReading.inBackground(listening, new AudioInputStream(line), rate);
            } catch (LineUnavailableException | IllegalArgumentException e) {
                return Listening.failed(from, device.getName() + ": " + e.getMessage());
            }
        }
        return Listening.failed(from, device.getName() + " takes none of 8–48 kHz mono 16-bit");
    }
}
