package vn.loa.scheduler.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.loa.proof.AttestedRecord;
import vn.loa.scheduler.domain.proof.SignedRecord;
import vn.loa.scheduler.domain.proof.SoundEvidence;

/** The PCs' signing keys and the signed chains of their records (issue 20). */
public interface ChainRepository {

    void registerKey(long stationId, long enrolmentId, String publicKey, Instant at);

    /** The key the enrolment's records are signed with; empty for an agent enrolled unsigned. */
    Optional<String> key(long stationId, long enrolmentId);

    /** When this key was first registered at the station, if it was: a PC enrolled again keeps its chain. */
    Optional<Instant> keyRegisteredAt(long stationId, String publicKey);

    /** A PC's key at a station: when it was first registered there, and the enrolments it was registered with. */
    record PcKey(String publicKey, Instant registeredAt, List<Long> enrolments) {
    }

    /** Every PC that registered a key at the station, the earliest first. */
    List<PcKey> keys(long stationId);

    /** Keeps a stored record's place in its chain. */
    void seal(long stationId, long enrolmentId, long sequence, String previousHash, String hash, String signature);

    /** Keeps what the record's sound proves. Before {@link #seal}: a sealed record is not changed. */
    void attachEvidence(long stationId, long enrolmentId, long sequence, SoundEvidence evidence);

    /** Whether the station holds a record (kept or refused) with this hash: the one a newer record names before it. */
    boolean holdsHash(long stationId, String hash);

    /** Notes that a record's previous is not held: the chain breaks before it. */
    void noteBreak(long stationId, String publicKey, long sequence, String previousHash, Instant at);

    /** A record arrived that an earlier-noted break named as missing: that break is mended. */
    void mendBreaksNaming(long stationId, String hash);

    /** Keeps a signed record the server refused, so the chain runs through it. */
    void keepRefused(long stationId, long enrolmentId, AttestedRecord attested, String signature, String code, Instant at);

    /** Every signed record of the station, kept or refused, by key then sequence (the chains to walk). */
    List<SignedRecord> chains(long stationId);

    /** The station's signed records of {@code from}..{@code to}, with the refused ones among them, by key then sequence. */
    List<SignedRecord> signedLog(long stationId, LocalDate from, LocalDate to);

    /** How many of the station's records carry no signature (from agents enrolled before, or unsigned). */
    int unsigned(long stationId);
}
