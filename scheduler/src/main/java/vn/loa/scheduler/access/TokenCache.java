package vn.loa.scheduler.access;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.loa.scheduler.store.Store;

/**
 * The stations whose tokens were looked up in the last few seconds, so that an agent's poll of an unchanged
 * schedule is answered without a store read (only that: every other call looks its token up, so a record or a
 * heartbeat always lands where the store says). Only tokens found live are kept, under their hash. A token
 * revoked, deleted or moved in this process is forgotten as its write commits (V30's {@code token_change} rows,
 * heard through {@link Store#watch}); one changed elsewhere (another instance, a command) when the change sweep
 * hears it, within a second, and within {@code ttl} at most should the sweep ever fall silent.
 */
public final class TokenCache {

    /** Beyond this many, the cache starts again empty rather than grow without bound. */
    private static final int MOST = 200_000;

    private record Kept(Principal.Station station, long untilNanos) {
    }

    private final long ttlNanos;
    private final Map<String, Kept> byHash = new ConcurrentHashMap<>();

    public TokenCache(Store store, Duration ttl) {
        this.ttlNanos = ttl.toNanos();
        store.watch(Set.of("token_change"), this::forgetAll);
    }

    /** The station a token speaks for, if it was found live less than the time-to-live ago; else null. */
    public Principal.Station find(String token) {
        if (ttlNanos <= 0) {
            return null;
        }
        String hash = Secrets.sha256(token);
        Kept kept = byHash.get(hash);
        if (kept == null) {
            return null;
        }
        if (System.nanoTime() - kept.untilNanos() > 0) {
            byHash.remove(hash, kept);
            return null;
        }
        return kept.station();
    }

    public void keep(String token, Principal.Station station) {
        if (ttlNanos <= 0) {
            return;
        }
        if (byHash.size() >= MOST) {
            byHash.clear();
        }
        byHash.put(Secrets.sha256(token), new Kept(station, System.nanoTime() + ttlNanos));
    }

    /** Forgets every token: one was revoked, deleted or moved (here, or heard by the change sweep). */
    public void forgetAll() {
        byHash.clear();
    }
}
