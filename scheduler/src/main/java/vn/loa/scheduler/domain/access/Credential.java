package vn.loa.scheduler.domain.access;

import java.time.Instant;

/**
 * A station's enrolment code or agent token, known only by its hash.
 *
 * @param enrolmentId for a token, the enrolment it belongs to: the id of the first token its enrolment
 *                    code was traded for, kept when the token is rotated (0 for tokens of before V11);
 *                    null for codes
 */
public record Credential(long id, long stationId, Kind kind, Instant createdAt, Instant expiresAt, Instant usedAt,
                         Instant revokedAt, Instant lastUsedAt, Long enrolmentId) {

    public enum Kind {
        ENROLMENT_CODE("enrolment_code"), TOKEN("token");

        private final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        public String wireName() {
            return wire;
        }

        public static Kind fromWire(String s) {
            return s.equals("token") ? TOKEN : ENROLMENT_CODE;
        }
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && usedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
