package vn.loa.scheduler.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.access.Credential;

/** Station enrolment codes and agent tokens, stored as SHA-256 hashes only. */
public interface CredentialRepository {

    /**
     * Stores a code or token. {@code enrolmentId} is the enrolment a rotated token continues; null for a
     * code, and for a token that starts a new enrolment (it becomes its own).
     */
    Credential insert(long stationId, long siteId, Credential.Kind kind, String secretHash, Instant now, Instant expiresAt,
                      Long enrolmentId);

    Optional<Credential> findByHash(String secretHash);

    Optional<Credential> find(long id);

    List<Credential> listForStation(long stationId);

    void markUsed(long id, Instant now);

    void touch(long id, Instant now);

    void revoke(long id, Instant now);

    /** Revokes every live credential of one kind of a site; returns how many. */
    int revokeAll(long siteId, Credential.Kind kind, Instant now);

    void deleteForStation(long stationId);
}
