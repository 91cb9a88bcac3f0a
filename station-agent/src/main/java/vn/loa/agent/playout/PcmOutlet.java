package vn.loa.agent.playout;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Where a relay's decoded audio goes as it is heard: 16-bit mono PCM at {@link #RATE} Hz, written in the
 * order it comes from the stream. Each sink makes one: the sound card's line, a WAV file, a player's input.
 */
public interface PcmOutlet extends AutoCloseable {

    int RATE = 44_100;
    int BYTES_PER_SECOND = RATE * 2;

    void write(byte[] pcm, int offset, int length) throws IOException;

    @Override
    void close() throws IOException;

    /** A WAV header for {@code dataBytes} of this PCM (0xFFFFFFFF-ish lengths for a stream of unknown length). */
    static byte[] wavHeader(long dataBytes) {
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) Math.min(0xFFFFFFFFL, dataBytes + 36));
        h.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1);
        h.putInt(RATE).putInt(BYTES_PER_SECOND).putShort((short) 2).putShort((short) 16);
        h.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) Math.min(0xFFFFFFFFL, dataBytes));
        return h.array();
    }
}
