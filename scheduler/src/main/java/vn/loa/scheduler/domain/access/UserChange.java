package vn.loa.scheduler.domain.access;

/** What an admin may change of a user: name, role, scope, and whether the account is disabled. */
public record UserChange(String displayName, Role role, String scopeCode, boolean disabled) {

    public static UserChange of(User u) {
        return new UserChange(u.displayName(), u.role(), u.scopeCode(), u.disabled());
    }
}
