package vn.loa.scheduler.access;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.regex.Pattern;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.TextRules;
import vn.loa.scheduler.store.Repositories;

import vn.loa.scheduler.domain.access.User;
import vn.loa.scheduler.domain.access.Role;
/**
 * Creating and changing console users. New users and password resets get a one-time password, shown
 * once to the admin, that must be replaced at first sign-in.
 */
public final class UserAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");
    private static final int ONE_TIME_PASSWORD_BYTES = 12;

    /** A user with the one-time password to hand over (shown once, stored only hashed). */
    public record WithPassword(User user, String oneTimePassword) {
    }

    private UserAccounts() {
    }

    public static String oneTimePassword() {
        return Secrets.token(ONE_TIME_PASSWORD_BYTES);
    }

    public static void check(String username, String displayName, String scopeCode, Repositories r, Problems problems) {
        if (username != null && !USERNAME.matcher(username).matches()) {
            problems.add("username", "Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới.",
                    "A username is 3–40 lower-case plain letters, digits, '.', '-' or '_'.");
        }
        TextRules.checkName("display_name", displayName, 200, problems);
        if (scopeCode != null && !r.orgUnits().isScope(scopeCode)) {
            problems.add("scope_code", "Không có đơn vị hay nhóm kế hoạch với mã '" + scopeCode + "'.",
                    "There is no unit or planning group with code '" + scopeCode + "'.");
        }
    }

    public static WithPassword create(Repositories r, String username, String displayName, Role role, String scopeCode,
                                      String passwordHash, String oneTimePassword, Instant now) {
        Problems problems = new Problems();
        check(username, displayName, scopeCode, r, problems);
        problems.throwIfAny("Người dùng", "The user");
        if (r.users().findByUsername(username).isPresent()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "duplicate_username",
                    "Đã có người dùng '" + username + "'.", "User '" + username + "' already exists.",
                    new JsonObject().put("username", username));
        }
        User user = r.users().insert(username, displayName, role, scopeCode, passwordHash, true, now);
        return new WithPassword(user, oneTimePassword);
    }

    public static User find(Repositories r, long id) {
        return r.users().find(id).orElseThrow(() -> DomainException.notFound("người dùng", "User", String.valueOf(id)));
    }
}
