package vn.loa.agent.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Reads 16-bit little-endian mono PCM from a stream into a listening, at the fingerprint's rate, until it ends. */
final class PcmReading {

    private PcmReading() {
    }

    /** Reads on a daemon thread of its own until the stream ends; a read that fails tells the listening why. */
    static Listening inBackground(Listening listening, InputStream pcm, float rate) {
        Thread reader = new Thread(() -> {
            try (pcm) {
                into(listening, pcm, rate);
            } catch (IOException e) {
                listening.failed(e.getMessage());
            }
        }, "loa-capture");
        reader.setDaemon(true);
        reader.start();
        return listening;
    }

    static void into(Listening listening, InputStream pcm, float rate) throws IOException {
        ToFingerprintRate resample = new ToFingerprintRate(rate);
        byte[] bytes = new byte[8192];
        short[] samples = new short[bytes.length / 2];
        short[] converted = new short[samples.length + 1];
        int carried = 0;
        int n;
        while ((n = pcm.read(bytes, carried, bytes.length - carried)) >= 0) {
            int available = carried + n;
            int count = available / 2;
            ByteBuffer.wrap(bytes, 0, count * 2).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples, 0, count);
            listening.feed(converted, resample.convert(samples, count, converted));
            // an odd byte waits for its other half
            carried = available - count * 2;
            if (carried == 1) {
                bytes[0] = bytes[available - 1];
            }
        }
    }
}
