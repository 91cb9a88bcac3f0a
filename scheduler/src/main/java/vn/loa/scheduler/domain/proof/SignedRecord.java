package vn.loa.scheduler.domain.proof;

import vn.loa.proof.AttestedRecord;

/**
 * A signed record as the server holds it: what the agent attested, its signature, the key of the PC that signed
 * it and the enrolment it came under; {@code refused} names why the server did not count it (null: counted).
 *
 * @param heldHash the hash computed when it arrived (its signature checked then): a record whose fields no longer
 *                 hash to it was altered in the store since
 */
public record SignedRecord(long stationId, String stationCode, long enrolmentId, String publicKey, AttestedRecord attested,
                           String signature, String heldHash, String refused) {

    public boolean unaltered() {
        return attested.hash().equals(heldHash);
    }
}
