package vn.loa.scheduler.access;

import java.util.Locale;
import vn.loa.scheduler.domain.Problems;

/** What a new password must be: long enough to resist guessing, and not the obvious choices. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

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
        }
    }
}
