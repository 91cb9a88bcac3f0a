package vn.loa.scheduler.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void verifiesTheRightPasswordOnlyAndSaltsEveryHash() {
        String hash = hasher.hash("Đài xã Nà Phặc phát lúc 6 giờ");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(hasher.verify("Đài xã Nà Phặc phát lúc 6 giờ", hash));
        assertFalse(hasher.verify("Dai xa Na Phac phat luc 6 gio", hash), "diacritics matter");
        assertNotEquals(hash, hasher.hash("Đài xã Nà Phặc phát lúc 6 giờ"));
    }

    @Test
    void aMalformedOrForeignHashNeverVerifies() {
        assertFalse(hasher.verify("x", "$2a$10$abcdefghijklmnopqrstuv"));
        assertFalse(hasher.verify("x", "not a hash"));
        assertFalse(hasher.verify("x", "$argon2id$v=19$m=oops$salt$hash"));
    }
}
