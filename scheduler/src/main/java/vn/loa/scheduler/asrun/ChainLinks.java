package vn.loa.scheduler.asrun;

import java.time.Instant;
import vn.loa.proof.AttestedRecord;
import vn.loa.scheduler.store.Repositories;

/**
 * Notes, as each signed record arrives, whether the record it names before it is held: when it is not, the station's
 * chain breaks there (a record missing, or one altered or put out of order), and the dashboard lists the station. A
 * record that arrives late and is the one named mends the break. One indexed probe per record; the whole walk (a
 * record changed after it arrived too) is the station page's and {@code verify-log}'s.
 */
final class ChainLinks {

    private ChainLinks() {
    }

    static void note(Repositories r, long stationId, String publicKey, AttestedRecord attested, Instant now) {
        String previous = attested.previousHash();
        if (previous != null && !AttestedRecord.GENESIS.equals(previous) && !r.chains().holdsHash(stationId, previous)) {
            r.chains().noteBreak(stationId, publicKey, attested.sequence(), previous, now);
        }
        r.chains().mendBreaksNaming(stationId, attested.hash());
    }
}
