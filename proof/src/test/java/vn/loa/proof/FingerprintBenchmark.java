package vn.loa.proof;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Random;

/**
 * Prints (never asserts) what fingerprinting costs, run with the agent's flags:
 * {@code mvn -q -pl proof test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-Xmx48m -cp %classpath vn.loa.proof.FingerprintBenchmark"}. Five minutes of generated audio (a
 * program's length) fingerprinted as the agent would, fed in 50 ms chunks as it airs, beside the bare limit: the same
 * FFTs and nothing else. Prints CPU milliseconds per minute of audio, the share of one core that is while a program
 * airs in real time, the ratio to the bare FFTs, and the heap used.
 */
public final class FingerprintBenchmark {

    private static final int MINUTES = 5;
    private static final int ROUNDS = 5;

    private FingerprintBenchmark() {
    }

    public static void main(String[] args) {
        short[] audio = audio(MINUTES * 60 * AudioFingerprint.RATE);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        double bare = Double.MAX_VALUE;
        int words = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = cpu.getCurrentThreadCpuTime();
            AudioFingerprint f = new AudioFingerprint();
            int chunk = AudioFingerprint.RATE / 20;
            for (int at = 0; at < audio.length; at += chunk) {
                f.feed(audio, at, Math.min(chunk, audio.length - at));
            }
            words = f.words().length;
            best = Math.min(best, (cpu.getCurrentThreadCpuTime() - start) / 1e6);

            start = cpu.getCurrentThreadCpuTime();
            ffts(audio);
            bare = Math.min(bare, (cpu.getCurrentThreadCpuTime() - start) / 1e6);
        }
        Runtime rt = Runtime.getRuntime();
        double perMinute = best / MINUTES;
        System.out.printf(Locale.ROOT, "fingerprint: %d min of audio, %d words (%d KB), best of %d: %.0f ms CPU = %.0f ms per"
                        + " minute of audio = %.2f %% of one core while airing; bare FFTs %.0f ms (ratio %.2f); heap %d MB of max"
                        + " %d MB%n", MINUTES, words, words * 4 / 1024, ROUNDS, best, perMinute, perMinute / 600.0, bare,
                best / bare, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    /** The bare limit: one FFT of a frame per hop, nothing else. */
    private static void ffts(short[] audio) {
        Fft fft = new Fft(AudioFingerprint.FRAME);
        double[] re = new double[AudioFingerprint.FRAME];
        double[] im = new double[AudioFingerprint.FRAME];
        for (int start = 0; start + AudioFingerprint.FRAME <= audio.length; start += AudioFingerprint.HOP) {
            for (int i = 0; i < AudioFingerprint.FRAME; i++) {
                re[i] = audio[start + i];
                im[i] = 0;
            }
            fft.transform(re, im);
        }
    }

    /** Speech-like audio: a voice gliding in pitch, switched on and off in syllables, over a little noise. */
    private static short[] audio(int samples) {
        Random random = new Random(11);
        short[] pcm = new short[samples];
        double phase = 0;
        for (int i = 0; i < samples; i++) {
            double t = (double) i / AudioFingerprint.RATE;
            double pitch = 180 + 60 * Math.sin(2 * Math.PI * 0.7 * t);
            phase += 2 * Math.PI * pitch / AudioFingerprint.RATE;
            double syllable = Math.sin(2 * Math.PI * 4 * t) > 0 ? 1 : 0.1;
            pcm[i] = (short) (8000 * syllable * (Math.sin(phase) + 0.5 * Math.sin(2 * phase) + 0.3 * Math.sin(3 * phase))
                    + 300 * random.nextGaussian());
        }
        return pcm;
    }
}
