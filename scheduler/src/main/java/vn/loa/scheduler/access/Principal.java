package vn.loa.scheduler.access;

/** Who is calling: a console user, a station agent, or nobody known. */
public sealed interface Principal {

    /**
     * A signed-in console user.
     *
     * @param scopeCode the org unit whose subtree the user may see and change; null for the whole system
     * @param csrfToken the session's anti-forgery token, which state-changing requests must echo
     */
    record User(long id, String username, Role role, String scopeCode, boolean mustChangePassword, String sessionIdHash,
                String csrfToken) implements Principal {
    }

    /**
     * A station agent holding a token; it may touch only its own station.
     *
     * @param enrolmentId the enrolment of the PC the token was issued to, which numbers its as-run records
     */
    record Station(long stationId, String stationCode, String communeCode, long credentialId, long enrolmentId)
            implements Principal {
    }

    /** No session cookie and no token. */
    record Anonymous() implements Principal {
    }

    Anonymous ANONYMOUS = new Anonymous();
}
