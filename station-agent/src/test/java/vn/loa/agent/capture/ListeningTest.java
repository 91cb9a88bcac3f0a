package vn.loa.agent.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.loa.proof.AudioFingerprint;
import vn.loa.proof.FingerprintMatch;
import vn.loa.proof.PrintBlocks;
import vn.loa.proof.SoundLevel;

/**
 * What a capture hears is laid where it lies in the program: a capture opened before the program began leaves the
 * lead-in out, one opened after it places its blocks later, and a sound card's rate is brought down to the
 * fingerprint's; the level is what was heard. Checked against the program's own fingerprint at no shift.
 */
class ListeningTest {

    private static final Instant PROGRAM_START = Instant.parse("2026-11-28T23:00:00Z");

    /** A program: 12 s of twenty tones in 300–2000 Hz, each swelling and fading at its own pace, sampled at {@code rate}. */
    private static short[] program(int rate) {
        Random random = new Random(2026);
        int tones = 20;
        double[] hz = new double[tones];
        double[] pace = new double[tones];
        double[] phase = new double[tones];
        for (int k = 0; k < tones; k++) {
            hz[k] = 300 + random.nextDouble() * 1700;
            pace[k] = 0.3 + random.nextDouble() * 2.5;
            phase[k] = random.nextDouble() * 2 * Math.PI;
        }
        short[] pcm = new short[rate * 12];
        for (int i = 0; i < pcm.length; i++) {
            double t = (double) i / rate;
            double v = 0;
            for (int k = 0; k < tones; k++) {
                v += Math.max(0, Math.sin(2 * Math.PI * pace[k] * t + phase[k])) * Math.sin(2 * Math.PI * hz[k] * t);
            }
            pcm[i] = (short) (v * 1200);
        }
        return pcm;
    }

    private static FingerprintMatch.Result heardAgainstProgram(Listening.Heard heard) {
        int[] reference = AudioFingerprint.of(program(AudioFingerprint.RATE));
        return FingerprintMatch.match(reference, PrintBlocks.decode(heard.print()), 0.05);
    }

    private static byte[] bytes(short[] pcm, int from) {
        ByteBuffer b = ByteBuffer.allocate((pcm.length - from) * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = from; i < pcm.length; i++) {
            b.putShort(pcm[i]);
        }
        return b.array();
    }

    @Test
    void aCaptureOpenedBeforeTheProgramLeavesTheLeadInOut() throws IOException {
        short[] program = program(AudioFingerprint.RATE);
        short[] withLeadIn = new short[program.length + AudioFingerprint.RATE];
        System.arraycopy(program, 0, withLeadIn, AudioFingerprint.RATE, program.length);
        Listening listening = new Listening(PROGRAM_START.minusSeconds(1), () -> {
        });
        PcmReading.into(listening, new ByteArrayInputStream(bytes(withLeadIn, 0)), AudioFingerprint.RATE);
        FingerprintMatch.Result m = heardAgainstProgram(listening.stop(PROGRAM_START, 1));
        assertTrue(m.matched() && Math.abs(m.shift()) <= 2, "at its place in the program: " + m);
    }

    @Test
    void aCaptureOpenedLateIsPlacedLaterAndASoundCardsRateIsBroughtDown() throws IOException {
        short[] cd = program(44100);
        Listening listening = new Listening(PROGRAM_START.plusMillis(1500), () -> {
        });
        PcmReading.into(listening, new ByteArrayInputStream(bytes(cd, 44100 * 3 / 2)), 44100);
        Listening.Heard heard = listening.stop(PROGRAM_START, 1);
        FingerprintMatch.Result m = heardAgainstProgram(heard);
        assertTrue(m.matched() && Math.abs(m.shift()) <= 2, "1.5 s late at 44.1 kHz, placed 1.5 s in: " + m);
        SoundLevel own = new SoundLevel();
        short[] program = program(AudioFingerprint.RATE);
        own.feed(program, AudioFingerprint.RATE * 3 / 2, program.length - AudioFingerprint.RATE * 3 / 2);
        assertEquals(SoundLevel.decibels(own.meanSquare()), heard.levelDb(), 1.0, "the level of what was heard");
    }

    @Test
    void aCaptureThatHeardAlmostNothingSaysNothing() {
        Listening listening = new Listening(PROGRAM_START, () -> {
        });
        listening.feed(new short[100], 100);
        Listening.Heard heard = listening.stop(PROGRAM_START, 1);
        assertNull(heard.print());
        assertNull(heard.levelDb());
    }

    @Test
    void anInputNotOnThisPcIsRefusedAtStartWithTheOnesThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Capture.of("javasound:Micro phòng họp", Path.of("dữ liệu")));
        assertTrue(e.getMessage().startsWith("Không có đầu thu âm tên \"Micro phòng họp\""), e.getMessage());
        assertEquals("Đầu thu không hợp lệ / Unknown capture input: usb (javasound:TÊN | command:LỆNH)",
                assertThrows(IllegalArgumentException.class, () -> Capture.of("usb", Path.of("."))).getMessage());
    }
}
