package vn.loa.agent.playout;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Logger;
import vn.loa.agent.AgentStore;
import vn.loa.agent.cache.MediaCache;
import vn.loa.agent.capture.Capture;
import vn.loa.agent.capture.Listening;
import vn.loa.agent.outbox.AiredSound;
import vn.loa.agent.outbox.AsRun;
import vn.loa.agent.outbox.Outcome;
import vn.loa.agent.outbox.RelayRun;
import vn.loa.agent.store.Item;
import vn.loa.agent.store.Relay;
import vn.loa.agent.time.AgentClock;
import vn.loa.agent.time.ClockReading;

/**
 * Airs what is due, on the server's time, one item at a time, on its own thread. Every item ends in
 * exactly one as-run record, written to the outbox with the item's handled mark in one transaction:
 * played, partial, interrupted (an urgent notice cut in, or the server withdrew the item while it aired:
 * a cancelled notice), missed (its time passed while the agent was down or something else aired) or
 * failed (no verified file, audio device failure). An item removed from the schedule before its time
 * is simply not aired and leaves no record. While an item airs, an "on air" mark and the seconds
 * played are kept in the agent's database, so an airing cut by a power cut or a kill is recorded as
 * interrupted when the agent comes back.
 *
 * <p>Nothing overlaps: a program is never started more than {@link Lateness#program()} after its time
 * (it is recorded as missed instead). An urgent notice cuts in only once its audio is on this PC; until
 * then it waits (asking for a sync) and what airs goes on; it airs late rather than not at all, until
 * {@link Lateness#notice()} after its planned end, and the wait is written in its record.
 */
public final class Playout implements Runnable {

    private static final Logger LOG = Logger.getLogger(Playout.class.getName());
    private static final long ALIVE_EVERY_NANOS = 5_000_000_000L;
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;
    private static final long VERIFY_AHEAD_MILLIS = 3_000;
    private static final long CUE_AHEAD_MILLIS = 500;

    private final AgentStore store;
    private final MediaCache cache;
    private final Sink sink;
    private final AgentClock clock;
    private final Supplier<ClockReading> clockReading;
    private final Lateness lateness;
    private final NoticeGate notices;
    private final FallbackPicker fallback;
    private final RelayPlayer relays;
    private final Capture capture;
    private final AtomicBoolean scheduleChanged = new AtomicBoolean();
    private volatile boolean running = true;
    private Instant startedAt;
    private Instant downSince;
    private long aliveWrittenNanos;
    private long verifiedItem = -1;
    private Cued cued;

    /**
     * @param clock        the server's time as this PC knows it
     * @param clockReading that clock's offset and error bound now (null before the first exchange): an item
     *                     starts the bound after its instant, and its record says so
     */
    public Playout(AgentStore store, MediaCache cache, Sink sink, AgentClock clock, Supplier<ClockReading> clockReading,
                   Lateness lateness) {
        this(store, cache, sink, clock, clockReading, lateness, () -> {
            throw new IllegalStateException("Không có ffmpeg để tiếp âm / no ffmpeg to relay with");
        });
    }

    /** @param ffmpeg finds the ffmpeg that decodes relay streams, when the first relay comes */
    public Playout(AgentStore store, MediaCache cache, Sink sink, AgentClock clock, Supplier<ClockReading> clockReading,
                   Lateness lateness, Supplier<Path> ffmpeg) {
        this(store, cache, sink, clock, clockReading, lateness, ffmpeg, null);
    }

    /** @param capture the station's capture input, heard during each airing; null when it has none */
    public Playout(AgentStore store, MediaCache cache, Sink sink, AgentClock clock, Supplier<ClockReading> clockReading,
                   Lateness lateness, Supplier<Path> ffmpeg, Capture capture) {
        this.capture = capture;
        this.store = store;
        this.clockReading = clockReading;
        this.cache = cache;
        this.sink = sink;
        this.clock = clock;
        this.lateness = lateness;
        this.notices = new NoticeGate(store, cache, lateness);
        this.fallback = new FallbackPicker(new KeptPlan(store.state()), store.state(), cache);
        this.relays = new RelayPlayer(sink, clock, ffmpeg, cache);
    }

    /** Called (often) while a due urgent notice waits for its audio: the agent should fetch it now. */
    public void onNoticeAudioMissing(Runnable fetchNow) {
        notices.onAudioMissing(fetchNow);
    }

    /** Wakes the loop: a new schedule may have brought something due sooner (an urgent notice). */
    public void scheduleChanged() {
        scheduleChanged.set(true);
    }

    /** Ends the loop; what is airing is cut and recorded as partial. */
    public void stop() {
        running = false;
    }

    /**
     * Records what the previous run left behind: an airing that a power cut or a kill cut short. Items
     * whose time passed while the agent was down are recorded as missed by the loop, with the downtime.
     */
    public void recover() {
        startedAt = clock.instant();
        downSince = store.state().get("alive_at").map(Instant::parse).orElse(null);
        store.state().get("on_air").map(OnAir::parse).ifPresent(cut -> {
            double seconds = store.state().get("on_air_seconds").map(Double::parseDouble).orElse(0.0);
            Instant end = cut.actualStart().plusMillis(Math.round(seconds * 1000));
            store.schedule().item(cut.itemId()).ifPresent(item -> record(item, Outcome.INTERRUPTED,
                    Reasons.powerCut(end), cut.actualStart(), end, seconds));
        });
        store.state().set("alive_at", startedAt.toString());
    }

    @Override
    public void run() {
        while (running) {
            try {
                step();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warning("[playout] " + e.getMessage());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private void step() throws InterruptedException {
        markAlive();
        scheduleChanged.set(false);
        Instant now = clock.instant();
        Optional<Relay> relay = store.relays().dueBefore(now.plus(RelayPlayer.OPEN_AHEAD));
        // a notice due before the relay's instant airs first; one due once the relay has begun cuts into it
        if (relay.isPresent() && (notices.next(now, -1).isEmpty() || !now.isBefore(relay.get().plannedStart()))) {
            relay(relay.get(), now);
            return;
        }
        Item next = notices.next(now, -1).orElseGet(() -> notices.firstAirable(store.schedule().unhandled(), now));
        dropCueUnless(next);
        if (cued == null && (next == null || now.isBefore(next.plannedStart().minus(sink.lead())))) {
            // the schedule has run out, or an item's audio is missing: the fallback keeps the loudspeakers on
            Optional<Item> filler = fallback.due(now, next);
            if (filler.isPresent()) {
                air(filler.get());
                return;
            }
        }
        if (next == null) {
            sleepAtMostASecond(null);
            return;
        }
        Instant startAt = next.plannedStart().minus(sink.lead());
        if (now.isBefore(startAt)) {
            if (verifiedItem != next.id() && now.plusMillis((long) (VERIFY_AHEAD_MILLIS * clock.rate())).isAfter(startAt)) {
                // hashing a 5-minute rendition takes tens of milliseconds: done now, not at the start
                verifiedItem = verify(next) ? next.id() : -1;
                return;
            }
            sleepAtMostASecond(startAt);
            return;
        }
        if (notices.expired(next, now)) {
            record(next, Outcome.MISSED, missedReason(next), null, null, 0);
            return;
        }
        air(next);
    }

    private void sleepAtMostASecond(Instant until) throws InterruptedException {
        Instant limit = clock.instant().plusMillis((long) (1000 * clock.rate()));
        clock.sleepUntil(until == null || until.isAfter(limit) ? limit : until, () -> scheduleChanged.get() || !running);
    }

    private void air(Item item) throws InterruptedException {
        Airing airing;
        ClockReading atStart;
        if (cued != null && cued.item().id() == item.id()) {
            airing = cued.airing();
            atStart = cued.clock();
            cued = null;
        } else {
            if (verifiedItem != item.id() && !verify(item)) {
                return;
            }
            atStart = clockReading.get();
            try {
                airing = sink.start(cue(item, atStart));
            } catch (IOException e) {
                record(item, Outcome.FAILED, Reasons.deviceFailure(e.getMessage()), null, null, 0);
                return;
            }
        }
        Listening listening = capture == null ? null : capture.listen(clock.instant());
        Cut cut = null;
        boolean marked = false;
        long progressNanos = System.nanoTime();
        // ten checks a second: prompt enough to cut for a notice, light on an old PC
        while (!airing.await(100)) {
            if (!marked && airing.actualStart() != null) {
                store.state().set("on_air", new OnAir(item.id(), airing.actualStart()).toString());
                marked = true;
            }
            if (System.nanoTime() - progressNanos > PROGRESS_EVERY_NANOS) {
                store.state().set("on_air_seconds", String.valueOf(airing.secondsPlayed()));
                progressNanos = System.nanoTime();
                markAlive();
            }
            Optional<String> withdrawn = store.schedule().withdrawnReason(item.id());
            if (!running) {
                airing.stop();
                cut = Cut.AGENT_STOPPED;
            } else if (withdrawn.isPresent()) {
                airing.stop();
                cut = Cut.WITHDRAWN;
            } else if (!item.urgent() && notices.next(clock.instant(), item.id()).isPresent()) {
                airing.stop();
                cut = Cut.NOTICE;
            } else {
                cueNext(item);
                prepareRelayAfter(item);
            }
        }
        finish(item, airing, cut, withdrawnReason(item), atStart, listening);
    }

    /**
     * A relay due within {@link RelayPlayer#OPEN_AHEAD}: opened ahead and aired to its end, urgent notices cutting
     * in; one whose end passed while the agent was down (or something else aired) is recorded as missed.
     */
    private void relay(Relay relay, Instant now) throws InterruptedException {
        dropCueUnless(null);
        if (!now.isBefore(relay.plannedEnd())) {
            String reason = startedAt != null && relay.plannedStart().isBefore(startedAt) ? Reasons.agentDown(downSince, startedAt)
                    : Reasons.tooLate(0);
            store.outbox().record(new RelayRun(relay, Outcome.MISSED, reason, null, null, 0, 0, 0, null, clockReading.get()),
                    clock.instant());
            return;
        }
        relays.prepare(relay);
        RelayRun run = relays.air(relay, clockReading.get(), new RelayPlayer.Notices() {
            @Override
            public boolean due() {
                return notices.next(clock.instant(), -1).isPresent();
            }

            @Override
            public void airDue() throws InterruptedException {
                // a notice whose file turns out bad is fetched again and waits: a few tries, then the relay goes on
                for (int i = 0; i < 3; i++) {
                    Optional<Item> notice = notices.next(clock.instant(), -1);
                    if (notice.isEmpty()) {
                        return;
                    }
                    air(notice.get());
                }
            }
        }, () -> running);
        store.outbox().record(run, clock.instant());
        LOG.info("[playout] relay " + relay.id() + " (" + relay.sourceName() + ") " + run.outcome().wireName() + ": "
                + Math.round(run.secondsRelayed()) + " s heard, " + run.dropouts() + " drop-outs"
                + (run.fallback() == null ? "" : ", fallback " + run.fallback()));
    }

    /**
     * In the last seconds of an airing, checks the next item's file and then starts it in the sink
     * ahead of time (it waits there for its instant), as broadcast automation cues the next item: a
     * back-to-back start then does not wait for this airing's record to be written.
     */
    private void cueNext(Item current) {
        if (cued != null || clock.instant().plusMillis((long) (VERIFY_AHEAD_MILLIS * clock.rate())).isBefore(current.plannedEnd())) {
            return;
        }
        Optional<Item> following = store.schedule().unhandled().stream().filter(i -> i.id() != current.id()).findFirst()
                .filter(next -> !next.plannedStart().isAfter(current.plannedEnd().plusSeconds(5)));
        if (following.isEmpty()) {
            return;
        }
        Item next = following.get();
        if (verifiedItem != next.id()) {
            verifiedItem = verify(next) ? next.id() : -1;
            return;
        }
        Instant cueAt = next.plannedStart().minus(sink.lead()).minusMillis((long) (CUE_AHEAD_MILLIS * clock.rate()));
        if (clock.instant().isBefore(cueAt)) {
            return;
        }
        ClockReading reading = clockReading.get();
        try {
            cued = new Cued(next, sink.start(cue(next, reading)), reading);
        } catch (IOException e) {
            LOG.warning("[playout] cannot cue item " + next.id() + ": " + e.getMessage());
        }
    }

    /**
     * In the last seconds of an airing, opens the stream of a relay that follows it (programs are packed around
     * relays, so one begins only when an item ends): the relay is heard from its instant. Not a query every tenth
     * of a second of every airing: only once the item is within the relay's lead of its end.
     */
    private void prepareRelayAfter(Item current) {
        Instant now = clock.instant();
        if (now.plus(RelayPlayer.OPEN_AHEAD).isBefore(current.plannedEnd())) {
            return;
        }
        store.relays().dueBefore(now.plus(RelayPlayer.OPEN_AHEAD)).filter(r -> r.plannedStart().isAfter(now))
                .ifPresent(relays::prepare);
    }

    private Cue cue(Item item, ClockReading reading) {
        return new Cue(cache.path(item.sha256()), item.programId(), item.plannedStart(), item.durationMillis(), reading);
    }

    /** A cued airing for an item that is no longer next (an urgent notice came first) is called off. */
    private void dropCueUnless(Item next) {
        if (cued != null && (next == null || cued.item().id() != next.id())) {
            cued.airing().stop();
            cued = null;
        }
    }

    /**
     * Checks the item's file; records a program as failed (never aired) when it is missing or corrupt.
     * A notice is not given up: the bad copy is gone, the next sync fetches it again, and it airs then.
     */
    private boolean verify(Item item) {
        try {
            if (cache.verified(item.sha256())) {
                return true;
            }
            if (item.urgent()) {
                notices.fetchAgain();
                return false;
            }
            record(item, Outcome.FAILED, Reasons.FILE_BAD, null, null, 0);
            fallback.coverFor(item);
        } catch (IOException e) {
            record(item, Outcome.FAILED, Reasons.unreadable(e.getMessage()), null, null, 0);
            fallback.coverFor(item);
        }
        return false;
    }

    private void finish(Item item, Airing airing, Cut cut, String withdrawnReason, ClockReading atStart, Listening listening) {
        double seconds = airing.secondsPlayed();
        Optional<String> failure = airing.failure();
        Outcome outcome;
        String reason;
        if (failure.isPresent()) {
            outcome = seconds > 0 ? Outcome.PARTIAL : Outcome.FAILED;
            reason = Reasons.deviceFailure(failure.get());
        } else if (cut == Cut.NOTICE) {
            outcome = Outcome.INTERRUPTED;
            reason = Reasons.NOTICE_CUT_IN;
        } else if (cut == Cut.AGENT_STOPPED) {
            outcome = Outcome.PARTIAL;
            reason = Reasons.AGENT_STOPPED;
        } else if (cut == Cut.WITHDRAWN) {
            outcome = Outcome.INTERRUPTED;
            reason = withdrawnReason;
        } else if (seconds * 1000 >= item.durationMillis() * 0.95) {
            outcome = Outcome.PLAYED;
            reason = waitedFor(item, airing.actualStart());
        } else {
            outcome = Outcome.PARTIAL;
            reason = Reasons.onlyPlayed(seconds);
        }
        if (reason == null && item.fallback()) {
            reason = item.reason(); // why the fallback aired: the schedule ran out, or an item's audio was missing
        }
        AsRun run = new AsRun(item, outcome, reason, airing.actualStart(), airing.actualEnd(), seconds, atStart);
        Listening.Heard heard = listening == null ? null
                : listening.stop(run.start() == null ? clock.instant() : run.start(), clock.rate());
        record(run, heard);
        if (airing.actualStart() != null) {
            LOG.info("[playout] " + outcome.wireName() + " item " + item.id() + " program " + item.programId() + ", start error "
                    + Duration.between(item.plannedStart(), airing.actualStart()).toMillis() + " ms");
        }
    }

    /** Why an item is missed: the agent was down at its time, or its time passed while something else aired. */
    private String missedReason(Item item) {
        if (startedAt != null && item.plannedStart().isBefore(startedAt)) {
            return Reasons.agentDown(downSince, startedAt);
        }
        Optional<Instant> waited = notices.waitedSince(item.id());
        if (item.urgent() && waited.isPresent()) {
            return Reasons.noticeAudioNeverCame(waited.get());
        }
        return Reasons.tooLate(lateness.program().toSeconds());
    }

    /** For a notice that aired after waiting for its audio: how long, for its record. */
    private String waitedFor(Item item, Instant actualStart) {
        Instant since = notices.waitedSince(item.id()).orElse(null);
        if (since == null || actualStart == null) {
            return null;
        }
        long seconds = Math.max(0, Duration.between(item.plannedStart(), actualStart).toSeconds());
        return Reasons.waitedForAudio(seconds);
    }

    private void markAlive() {
        if (System.nanoTime() - aliveWrittenNanos > ALIVE_EVERY_NANOS) {
            store.state().set("alive_at", clock.instant().toString());
            aliveWrittenNanos = System.nanoTime();
        }
    }

    /** A record with the clock as it is now (an item given up, or cut by a power cut before this start). */
    private void record(Item item, Outcome outcome, String reason, Instant start, Instant end, double seconds) {
        record(new AsRun(item, outcome, reason, start, end, seconds, clockReading.get()));
    }

    private void record(AsRun record) {
        record(record, null);
    }

    /** @param heard what the capture input heard of the airing, or null without one */
    private void record(AsRun record, Listening.Heard heard) {
        notices.done(record.item().id());
        // what aired of the rendition, by its fingerprint and level taken when it arrived, and what was heard: the server
        // matches the prints to the program
        String sha = record.item().sha256();
        if (record.start() != null && record.secondsPlayed() > 0 && sha != null) {
            double seconds = record.secondsPlayed();
            record = record.withSound(new AiredSound(cache.prints().aired(sha, seconds).orElse(null),
                    cache.prints().airedLevel(sha, seconds).orElse(null), heard == null ? null : heard.print(),
                    heard == null ? null : heard.levelDb()));
        }
        store.outbox().record(record, clock.instant());
    }

    /** Why the server withdrew the item while it aired, as it said it. */
    private String withdrawnReason(Item item) {
        return store.schedule().withdrawnReason(item.id()).orElse(null);
    }

    /** Why an airing was cut short by the agent: it stopped, a notice cut in, or the server withdrew the item. */
    private enum Cut { AGENT_STOPPED, NOTICE, WITHDRAWN }

    /** The next item, started in the sink ahead of its instant. */
    private record Cued(Item item, Airing airing, ClockReading clock) {
    }

    /** The mark kept while an item airs: which item, since when. */
    private record OnAir(long itemId, Instant actualStart) {
        static OnAir parse(String text) {
            String[] parts = text.split(" ");
            return new OnAir(Long.parseLong(parts[0]), Instant.parse(parts[1]));
        }

        @Override
        public String toString() {
            return itemId + " " + actualStart;
        }
    }
}
