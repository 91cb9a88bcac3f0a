package vn.loa.scheduler.access;


import vn.loa.scheduler.domain.access.User;
/**
 * Who made a change, for the audit log.
 *
 * @param kind {@code user}, {@code station} or {@code system}
 */
public record Actor(String kind, String id, String name, String remoteAddress) {

    public static final Actor SYSTEM = new Actor("system", null, "system", null);

    /** The same address, speaking for a user who has just signed in. */
    public Actor withUser(User user) {
        return new Actor("user", String.valueOf(user.id()), user.username(), remoteAddress);
    }

    public static Actor of(Principal principal, String remoteAddress) {
        if (principal instanceof Principal.User u) {
            return new Actor("user", String.valueOf(u.id()), u.username(), remoteAddress);
        }
        if (principal instanceof Principal.Station s) {
            return new Actor("station", String.valueOf(s.stationId()), s.stationCode(), remoteAddress);
        }
        if (principal instanceof Principal.System s) {
            return new Actor("system", null, s.name(), remoteAddress);
        }
        return new Actor("system", null, "anonymous", remoteAddress);
    }
}
