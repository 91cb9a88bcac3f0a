package vn.loa.scheduler.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The renditions' reference fingerprints (issue 20). */
public interface FingerprintRepository {

    /** A reference: its words and each word's reliable bits ({@link vn.loa.proof.AudioFingerprint}). */
    record Reference(String contentSha256, String algorithm, int[] words, int[] reliable, double seconds, Instant createdAt) {
    }

    void store(Reference reference);

    Optional<Reference> find(String contentSha256, String algorithm);

    /** Renditions of ready programs with no fingerprint of this algorithm yet, at most {@code limit}. */
    List<String> missing(String algorithm, int limit);

    /** Removes a reference (a test's way to play a program from before fingerprints). */
    void forget(String contentSha256);
}
