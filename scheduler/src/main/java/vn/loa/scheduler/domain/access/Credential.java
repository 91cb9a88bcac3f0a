package vn.loa.scheduler.domain.access;

import java.time.Instant;
import vn.loa.scheduler.domain.Word;

/**
 * An enrolment code or agent token of one site of a station, known only by its hash.
 *
 * @param enrolmentId for a token, the enrolment it belongs to: the id of the first token its enrolment
 *                    code was traded for, kept when the token is rotated (0 for tokens of before V11);
 *                    null for codes
 */
public record Credential(long id, long stationId, long siteId, Kind kind, Instant createdAt, Instant expiresAt, Instant usedAt,
                         Instant revokedAt, Instant lastUsedAt, Long enrolmentId) {

    public enum Kind implements Word {
        ENROLMENT_CODE("mã đăng ký"), TOKEN("khoá phần mềm tại đài");

        private final String vietnamese;

        Kind(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        @Override
        public String vietnamese() {
            return vietnamese;
        }

        public static Kind fromWire(String s) {
            return s.equals("token") ? TOKEN : ENROLMENT_CODE;
        }
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && usedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
