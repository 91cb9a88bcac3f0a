package vn.loa.scheduler.access;

/**
 * Who asks a service for something: the principal, whose scope decides what they may touch, and the
 * actor the audit log names (with the address the request came from).
 */
public record Caller(Principal principal, Actor actor) {

    /** Loa itself (the demo, a command-line import), with the whole system in scope. */
    public static Caller system(String name, String address) {
        Principal.System principal = new Principal.System(name);
        return new Caller(principal, Actor.of(principal, address));
    }

    /** The unit to filter lists by: the caller's scope, or null for the whole system. */
    public String listFilter() {
        return Scope.listFilter(principal);
    }

    /** The name "created by" fields keep: the signed-in user's, or what the system acts as (demo, import); null for agents. */
    public String username() {
        if (principal instanceof Principal.System s) {
            return s.name();
        }
        return principal instanceof Principal.User u ? u.username() : null;
    }
}
