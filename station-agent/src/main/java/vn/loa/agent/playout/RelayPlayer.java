package vn.loa.agent.playout;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;
import vn.loa.agent.cache.MediaCache;
import vn.loa.agent.outbox.Outcome;
import vn.loa.agent.outbox.RelayRun;
import vn.loa.agent.store.Relay;
import vn.loa.agent.time.AgentClock;
import vn.loa.agent.time.ClockReading;

/**
 * Airs a relay live through the sink: the stream is opened a few seconds ahead (its audio before the instant
 * is dropped), heard from the slot's instant to its end, reconnected with back-off when it drops, and
 * replaced by the fallback program (once) when it cannot be had for {@link #FALLBACK_AFTER}. An urgent
 * notice cuts in and the relay resumes after it. One {@link RelayRun} says what was heard.
 *
 * <p>Relays are live: they air in real time whatever the agent's clock rate (a simulated fast clock
 * still hears the stream at its own pace), and nothing of them is cached.
 */
public final class RelayPlayer {

    private static final Logger LOG = Logger.getLogger(RelayPlayer.class.getName());
    /** How long before the instant the stream is opened: a connection and ffmpeg's start take a second or two. */
    public static final Duration OPEN_AHEAD = Duration.ofSeconds(5);
    /** No audio for this long while the stream is still connected: a drop-out has begun. */
    private static final long STALL_MILLIS = 1500;
    /**
     * The stream not heard for this long: the fallback program airs. Long enough for a short drop to be
     * reconnected (a relay is the live source or nothing), short enough that the loudspeakers are not silent long.
     */
    static final Duration FALLBACK_AFTER = Duration.ofSeconds(30);
    /** Reconnection tries 1 s, then 2 s apart: a source back after a drop is heard again within two seconds. */
    private static final long MAX_BACKOFF_MILLIS = 2000;

    /** What airs an urgent notice in the middle of a relay (the playout, which records it). */
    public interface Notices {
        boolean due();

        void airDue() throws InterruptedException;
    }

    private final Sink sink;
    private final AgentClock clock;
    private final Supplier<Path> ffmpeg;
    private final MediaCache cache;
    private Prepared prepared;

    /** @param ffmpeg finds the ffmpeg that decodes streams (the first relay asks; it may throw when there is none) */
    public RelayPlayer(Sink sink, AgentClock clock, Supplier<Path> ffmpeg, MediaCache cache) {
        this.sink = sink;
        this.clock = clock;
        this.ffmpeg = ffmpeg;
        this.cache = cache;
    }

    /** Opens the stream of a relay starting within {@link #OPEN_AHEAD}, so that it is heard from its instant. */
    void prepare(Relay relay) {
        if (prepared != null && prepared.relay().id() == relay.id()) {
            return;
        }
        dropPrepared();
        try {
            prepared = new Prepared(relay, StreamDecoder.open(ffmpeg.get(), relay.url()));
        } catch (IOException | RuntimeException e) {
            LOG.warning("[relay] cannot open the stream of relay " + relay.id() + " ahead: " + e.getMessage());
        }
    }

    private void dropPrepared() {
        if (prepared != null) {
            prepared.decoder().close();
            prepared = null;
        }
    }

    /** Airs the relay until its end (or until {@code running} turns false) and says what was heard. */
    RelayRun air(Relay relay, ClockReading reading, Notices notices, BooleanSupplier running) throws InterruptedException {
        Instant startAt = relay.plannedStart().plusMillis(reading == null ? 0 : reading.startMarginMillis());
        Instant end = relay.plannedEnd();
        Run run = new Run(relay);
        StreamDecoder decoder = prepared != null && prepared.relay().id() == relay.id() ? prepared.decoder() : null;
        prepared = null;
        PcmOutlet outlet = null;
        long backoff = 1000;
        Instant nextTry = clock.instant();
        Instant lastAudio = null;
        try {
            while (running.getAsBoolean() && clock.instant().isBefore(end)) {
                Instant now = clock.instant();
                if (!now.isBefore(startAt) && notices.due()) {
                    outlet = close(outlet);
                    decoder = close(decoder);
                    run.gapEnds(now, false);
                    notices.airDue();
                    run.noticeSeconds += Duration.between(now, clock.instant()).toMillis() / 1000.0;
                    lastAudio = null;
                    nextTry = clock.instant();
                    continue;
                }
                if (decoder != null && decoder.ended()) {
                    decoder = close(decoder);
                    run.gapBegins(lastAudio != null ? lastAudio : now);
                }
                if (decoder == null && !now.isBefore(nextTry)) {
                    try {
                        decoder = StreamDecoder.open(ffmpeg.get(), relay.url());
                    } catch (IOException | RuntimeException e) {
                        run.failure = e.getMessage();
                    }
                    nextTry = now.plusMillis(backoff);
                    backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
                }
                if (now.isBefore(startAt)) {
                    // open, not yet on air: the stream queues (its newest seconds kept) until the instant
                    Instant step = now.plusMillis(100);
                    clock.sleepUntil(step.isBefore(startAt) ? step : startAt, () -> !running.getAsBoolean());
                    continue;
                }
                byte[] chunk = decoder == null ? sleep(100) : run.start == null ? decoder.latest() : null;
                if (chunk == null && decoder != null) {
                    chunk = decoder.poll(100);
                }
                now = clock.instant();
                if (chunk != null) {
                    if (outlet == null) {
                        outlet = sink.outlet("relay-" + relay.id());
                        if (run.start == null) {
                            run.start = now;
                        }
                    }
                    run.gapEnds(now, true);
                    outlet.write(chunk, 0, chunk.length);
                    run.bytes += chunk.length;
                    lastAudio = now;
                    backoff = 1000;
                } else if (!now.isBefore(startAt) && lastAudio != null
                        && Duration.between(lastAudio, now).toMillis() > STALL_MILLIS) {
                    run.gapBegins(lastAudio);
                }
                Instant silentSince = run.gapSince != null ? run.gapSince : run.start == null ? startAt : null;
                if (silentSince != null && !now.isBefore(silentSince.plus(FALLBACK_AFTER)) && run.fallback == null) {
                    outlet = close(outlet);
                    decoder = close(decoder);
                    airFallback(relay, end, run, running);
                    nextTry = clock.instant();
                }
            }
        } catch (IOException e) {
            run.failure = e.getMessage();
        } finally {
            close(outlet);
            close(decoder);
            // a notice that cut in may have opened this relay's stream again ahead: nobody will take it now
            if (prepared != null && prepared.relay().id() == relay.id()) {
                dropPrepared();
            }
        }
        run.gapEnds(end.isBefore(clock.instant()) ? end : clock.instant(), run.start != null);
        return run.record(reading, clock.instant().isBefore(end) ? clock.instant() : end);
    }

    /** The fallback program, once, cut at the slot's end; or silence, said in the record. */
    private void airFallback(Relay relay, Instant end, Run run, BooleanSupplier running) throws InterruptedException {
        try {
            if (!relay.hasFallbackProgram() || !cache.verified(relay.fallbackSha256())) {
                run.fallback = "silence";
                return;
            }
        } catch (IOException e) {
            run.fallback = "silence";
            return;
        }
        run.fallback = "program";
        Instant now = clock.instant();
        long millis = Math.min(relay.fallbackDurationMillis(), Duration.between(now, end).toMillis());
        try {
            Airing airing = sink.start(new Cue(cache.path(relay.fallbackSha256()), relay.fallbackProgramId(), now,
                    relay.fallbackDurationMillis(), null));
            Instant stopAt = now.plusMillis(millis);
            while (!airing.await(100)) {
                if (!running.getAsBoolean() || !clock.instant().isBefore(stopAt)) {
                    airing.stop();
                }
            }
            run.fallbackSeconds = airing.secondsPlayed();
        } catch (IOException e) {
            run.failure = e.getMessage();
        }
    }

    private byte[] sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return null;
    }

    private static PcmOutlet close(PcmOutlet outlet) {
        if (outlet != null) {
            try {
                outlet.close();
            } catch (IOException e) {
                LOG.warning("[relay] closing the sink: " + e.getMessage());
            }
        }
        return null;
    }

    private static StreamDecoder close(StreamDecoder decoder) {
        if (decoder != null) {
            decoder.close();
        }
        return null;
    }

    /** A relay's stream opened ahead of its instant. */
    private record Prepared(Relay relay, StreamDecoder decoder) {
    }

    /** What one relay heard, as it goes. */
    private static final class Run {
        private final Relay relay;
        Instant start;
        long bytes;
        Instant gapSince;
        int dropouts;
        double dropoutSeconds;
        double noticeSeconds;
        String fallback;
        double fallbackSeconds;
        String failure;

        Run(Relay relay) {
            this.relay = relay;
        }

        void gapBegins(Instant at) {
            if (start != null && gapSince == null) {
                gapSince = at;
            }
        }

        /** The stream is heard again ({@code counted}), or the gap was an urgent notice's time (not a drop-out). */
        void gapEnds(Instant at, boolean counted) {
            if (gapSince != null && counted) {
                dropouts++;
                dropoutSeconds += Math.max(0, Duration.between(gapSince, at).toMillis() / 1000.0);
            }
            gapSince = null;
        }

        RelayRun record(ClockReading reading, Instant end) {
            double slot = relay.durationMillis() / 1000.0;
            double heard = Math.min(slot, bytes / (double) PcmOutlet.BYTES_PER_SECOND);
            double owed = Math.max(1, slot - noticeSeconds);
            Outcome outcome = heard >= owed * 0.95 ? Outcome.PLAYED : heard > 0 ? Outcome.PARTIAL : Outcome.FAILED;
            List<String> reasons = new ArrayList<>();
            if (failure != null && start == null) {
                reasons.add(Reasons.relayCannotDecode(failure));
            }
            if (dropouts > 0) {
                reasons.add(Reasons.relayDropped(dropouts, dropoutSeconds));
            }
            if ("program".equals(fallback)) {
                reasons.add(Reasons.RELAY_FALLBACK_PROGRAM);
            } else if ("silence".equals(fallback)) {
                reasons.add(Reasons.RELAY_SILENCE);
            }
            if (noticeSeconds > 0) {
                reasons.add(Reasons.relayNoticeCutIn(noticeSeconds));
            }
            if (outcome == Outcome.PARTIAL && reasons.isEmpty()) {
                reasons.add(Reasons.onlyPlayed(heard));
            }
            return new RelayRun(relay, outcome, reasons.isEmpty() ? null : String.join("; ", reasons), start,
                    start == null ? null : end, heard, dropouts, dropoutSeconds, fallback, reading);
        }
    }
}
