package vn.loa.scheduler.asrun;

import java.util.Optional;
import vn.loa.proof.RecordSignature;

/**
 * The check of a record from a PC that registered a signing key: it must be signed, over exactly what it claims,
 * for this station, with that PC's key. A forged record (the right shape, a wrong signature), one replayed from
 * another station, one signed by a key the station's current enrolment does not hold: refused.
 */
final class Seals {

    private Seals() {
    }

    static Optional<Refusal> check(String key, AsRunClaim c) {
        if (c.seal() == null || c.seal().attested() == null || c.seal().signature() == null
                || c.seal().attested().previousHash() == null) {
            return ClaimCheck.refuse(c, "not_signed", "Bản ghi " + c.sequence() + " không có chữ ký, trong khi máy tại đài đã đăng"
                    + " ký khóa ký.", "Record " + c.sequence() + " is not signed, and the station's PC registered a signing key.");
        }
        if (!RecordSignature.verify(key, c.seal().attested().canonical(), c.seal().signature())) {
            return ClaimCheck.refuse(c, "bad_signature", "Chữ ký của bản ghi " + c.sequence() + " không khớp với khóa của máy tại"
                    + " đài: bản ghi bị sửa, gửi lại từ đài khác, hoặc ký bằng khóa khác.", "The signature of record "
                    + c.sequence() + " does not hold under the station PC's key: altered, replayed from another station, or"
                    + " signed with another key.");
        }
        return Optional.empty();
    }
}
