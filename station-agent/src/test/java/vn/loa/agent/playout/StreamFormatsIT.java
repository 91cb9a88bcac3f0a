package vn.loa.agent.playout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.media.Ffmpeg;
import vn.loa.media.FfmpegLocator;
import vn.loa.media.LiveStream;

/**
 * The three kinds of live source a radio offers — an Icecast MP3 mount, an AAC one (ADTS frames) and an HLS
 * playlist of AAC segments — each decoded by the relay's decoder into audio that is heard: a few seconds of PCM
 * at the tone's level, not silence. RelayIT airs MP3 in full; this keeps the other two from being only claimed.
 */
class StreamFormatsIT {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"vov1.mp3", "vov1.aac", "vov1.m3u8"})
    void aLiveSourceOfEachKindDecodesToAudibleSound(String mount) throws IOException, InterruptedException {
        Ffmpeg ffmpeg = FfmpegLocator.locate(null, tmp);
        try (LiveStream stream = LiveStream.start(ffmpeg, mount)) {
            ByteArrayOutputStream pcm = new ByteArrayOutputStream();
            long deadline = System.nanoTime() + 30_000_000_000L;
            // HLS needs its first segments written; a decoder that ends (playlist not there yet) is opened again
            while (pcm.size() < 3 * PcmOutlet.BYTES_PER_SECOND && System.nanoTime() < deadline) {
                try (StreamDecoder decoder = StreamDecoder.open(ffmpeg.executable(), stream.url(mount))) {
                    while (!decoder.ended() && pcm.size() < 3 * PcmOutlet.BYTES_PER_SECOND && System.nanoTime() < deadline) {
                        byte[] chunk = decoder.poll(200);
                        if (chunk != null) {
                            pcm.write(chunk);
                        }
                    }
                }
                if (pcm.size() == 0) {
                    Thread.sleep(500);
                }
            }
            assertTrue(pcm.size() >= 3 * PcmOutlet.BYTES_PER_SECOND, mount + ": only " + pcm.size() + " bytes of audio in 30 s");
            double rms = rms(pcm.toByteArray());
            // the tone's amplitude is 0.4 of full scale: its RMS about 0.28; lossy coding moves it a little
            assertTrue(rms > 0.2 && rms < 0.35, mount + " decoded to RMS " + rms + ", not the tone");
        }
    }

    private static double rms(byte[] pcm) {
        ShortBuffer samples = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        double sum = 0;
        int n = samples.remaining();
        // the first half second left out: a decoder's priming
        int from = Math.min(n, PcmOutlet.RATE / 2);
        for (int i = from; i < n; i++) {
            double s = samples.get(i) / 32768.0;
            sum += s * s;
        }
        return Math.sqrt(sum / Math.max(1, n - from));
    }
}
