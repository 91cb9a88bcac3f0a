package vn.loa.scheduler.http;

import java.util.EnumSet;
import java.util.Set;
import vn.loa.scheduler.domain.access.Role;

/**
 * Who may call one route. Object scope (which district, which station) is checked again by the
 * handler on every object it reads or writes; this rule only says which kinds of caller get that far.
 *
 * @param everyRole         every console role is admitted
 * @param roles             console roles admitted when not every role is
 * @param stations          station agents admitted (for their own station only)
 * @param beforePasswordChange admitted while the user must still replace a one-time password
 */
record AccessRule(boolean isPublic, boolean everyRole, Set<Role> roles, boolean stations, boolean beforePasswordChange) {

    static AccessRule publicRoute() {
        return new AccessRule(true, false, Set.of(), false, true);
    }

    static AccessRule anyUser() {
        return new AccessRule(false, true, Set.of(), false, false);
    }

    static AccessRule users(Role first, Role... more) {
        return new AccessRule(false, false, EnumSet.of(first, more), false, false);
    }

    static AccessRule stationOnly() {
        return new AccessRule(false, false, Set.of(), true, false);
    }

    AccessRule orStation() {
        return new AccessRule(isPublic, everyRole, roles, true, beforePasswordChange);
    }

    AccessRule evenBeforePasswordChange() {
        return new AccessRule(isPublic, everyRole, roles, stations, true);
    }

    boolean admits(Role role) {
        return everyRole || roles.contains(role);
    }
}
