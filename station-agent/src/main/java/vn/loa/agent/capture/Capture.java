package vn.loa.agent.capture;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The station's capture input (issue 20): line-in from the amplifier, or a microphone near a loudspeaker. During each
 * airing the agent listens and keeps only the fingerprint and the level of what it heard, never the audio; the record
 * carries them and the server says whether what was heard is the program.
 */
public interface Capture {

    /**
     * Starts listening now; what is heard until {@link Listening#stop} is fingerprinted as it comes. Never fails: an
     * input that cannot start hears nothing, and the record says only what was rendered.
     *
     * @param from now, on the agent's clock
     */
    Listening listen(Instant from);

    /**
     * From {@code --capture}: {@code javasound:NAME} (the sound card input whose name contains NAME) or
     * {@code command:LINE} (a program writing what it hears on its output as 16-bit mono PCM at 5512 Hz, e.g.
     * {@code arecord -q -D plughw:1 -f S16_LE -c 1 -r 5512 -t raw}); null: the station has none.
     *
     * @throws IllegalArgumentException with what is wrong, for the officer
     */
    static Capture of(String spec, Path data) {
        if (spec == null) {
            return null;
        }
        if (spec.startsWith("javasound:")) {
            return JavaSoundCapture.named(spec.substring("javasound:".length()));
        }
        if (spec.startsWith("command:")) {
            return new CommandCapture(spec.substring("command:".length()), data.resolve("capture.log"));
        }
        throw new IllegalArgumentException("Đầu thu không hợp lệ / Unknown capture input: " + spec
                + " (javasound:TÊN | command:LỆNH)");
    }
}
