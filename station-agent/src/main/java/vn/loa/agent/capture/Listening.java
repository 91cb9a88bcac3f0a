package vn.loa.agent.capture;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import vn.loa.proof.AudioFingerprint;
import vn.loa.proof.FingerprintMatch;
import vn.loa.proof.PrintBlocks;
import vn.loa.proof.SoundLevel;

/**
 * What the capture input heard during one airing, kept as it comes: the fingerprint's words and the sum of squares,
 * a few hundred KB for ten minutes, never the audio. Fed by the capture's reading thread, stopped by the playout.
 */
public final class Listening {

    private static final Logger LOG = Logger.getLogger(Listening.class.getName());

    /** What was heard of an airing: its fingerprint blocks (null when too little was heard) and its level (null: none). */
    public record Heard(String print, Double levelDb) {
        static final Heard NOTHING = new Heard(null, null);
    }

    private final Instant from;
    private final Runnable close;
    private final AudioFingerprint print = new AudioFingerprint();
    private final SoundLevel level = new SoundLevel();
    private String failure;
    private boolean stopped;

    /**
     * @param from  when listening began, on the agent's clock
     * @param close ends the reading (stops the process or closes the line)
     */
    Listening(Instant from, Runnable close) {
        this.from = from;
        this.close = close;
    }

    /** A listening that hears nothing: the capture could not start. */
    static Listening failed(Instant from, String why) {
        Listening l = new Listening(from, () -> {
        });
        l.failed(why);
        return l;
    }

    synchronized void feed(short[] pcm, int length) {
        if (!stopped) {
            print.feed(pcm, 0, length);
            level.feed(pcm, 0, length);
        }
    }

    /** Why the input stopped hearing before the airing ended; what comes once it is stopped is the stop itself. */
    synchronized void failed(String why) {
        if (!stopped) {
            failure = why;
        }
    }

    /**
     * Stops listening; what was heard from the program's first audio on. The capture began at {@link #from}: what it
     * heard before the program began is left out, and when it began after the program its blocks are placed where
     * they lie in the program, so the server lays them on the reference at their place.
     *
     * @param programStart when the program's first audio went out, on the agent's clock
     * @param clockRate    the clock's seconds per real second (1 on a station; a capture hears in real time)
     */
    public Heard stop(Instant programStart, double clockRate) {
        int[] words;
        SoundLevel heardLevel;
        String failed;
        synchronized (this) {
            stopped = true;
            words = print.words();
            heardLevel = level;
            failed = failure;
        }
        close.run();
        if (failed != null) {
            LOG.warning("[capture] the input stopped hearing during the airing: " + failed);
        }
        if (heardLevel.samples() < AudioFingerprint.RATE / 2) {
            return Heard.NOTHING;
        }
        double lateSeconds = Duration.between(programStart, from).toMillis() / 1000.0 / clockRate;
        int lateWords = (int) Math.round(lateSeconds * FingerprintMatch.WORDS_PER_SECOND);
        int skip = Math.max(0, -lateWords);
        List<FingerprintMatch.Block> blocks = new ArrayList<>();
        if (skip < words.length) {
            int[] heard = java.util.Arrays.copyOfRange(words, skip, words.length);
            for (FingerprintMatch.Block b : FingerprintMatch.blocks(heard)) {
                blocks.add(new FingerprintMatch.Block(b.position() + Math.max(0, lateWords), b.words()));
            }
        }
        return new Heard(blocks.isEmpty() ? null : PrintBlocks.encode(blocks), SoundLevel.decibels(heardLevel.meanSquare()));
    }
}
