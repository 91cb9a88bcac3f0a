package vn.loa.scheduler.access;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.loa.scheduler.domain.Problems;

/**
 * What a new password must be: long enough, and not guessable as zxcvbn estimates it (repeats such as
 * {@code aaaaaaaaaaaa}, sequences such as {@code 12345678abcd}, common passwords, the username, the
 * product's own name): at least "safely unguessable" (score 3 of 4). A sentence of a few Vietnamese
 * words passes easily, which is what the message suggests.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    static final int MIN_SCORE = 3;
    /** Words an attacker of this system tries first. */
    private static final List<String> OBVIOUS = List.of("loa", "loaphuong", "loa-demo-2026", "daitruyenthanh",
            "truyenthanh", "matkhau", "quantri", "admin");
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordPolicy() {
    }

    public static void check(String username, String password, Problems problems) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add("new_password", "Mật khẩu mới cần ít nhất " + MIN_LENGTH + " ký tự; một câu dễ nhớ là tốt nhất.",
                    "The new password needs at least " + MIN_LENGTH + " characters; a memorable phrase is best.");
        } else if (password.length() > MAX_LENGTH) {
            problems.add("new_password", "Mật khẩu mới dài quá " + MAX_LENGTH + " ký tự.",
                    "The new password is longer than " + MAX_LENGTH + " characters.");
        } else if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("new_password", "Mật khẩu không được chứa tên đăng nhập.", "The password must not contain the username.");
        } else if (!strong(username, password)) {
            problems.add("new_password", "Mật khẩu này quá dễ đoán (ký tự lặp lại, dãy số hay dãy phím, mật khẩu phổ biến,"
                            + " tên đăng nhập hoặc tên hệ thống). Hãy dùng một câu dễ nhớ gồm vài từ, ví dụ một câu về"
                            + " quê mình.",
                    "This password is too easy to guess (repeated characters, number or keyboard sequences, a common"
                            + " password, the username or the system's name). Use a memorable sentence of a few words.");
        }
    }

    static boolean strong(String username, String password) {
        List<String> known = new ArrayList<>(OBVIOUS);
        known.add(username);
        return ESTIMATOR.measure(password, known).getScore() >= MIN_SCORE;
    }
}
