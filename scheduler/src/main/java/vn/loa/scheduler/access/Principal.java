package vn.loa.scheduler.access;

import vn.loa.scheduler.domain.access.Role;

/** Who is calling: a console user, a station agent, or nobody known. */
public sealed interface Principal {

    /** For logs: who, in words an operator reads. */
    String describe();

    /**
     * A signed-in console user.
     *
     * @param scopeCode the org unit whose subtree the user may see and change; null for the whole system
     * @param csrfToken the session's anti-forgery token, which state-changing requests must echo
     */
    record User(long id, String username, Role role, String scopeCode, boolean mustChangePassword, String sessionIdHash,
                String csrfToken) implements Principal {

        @Override
        public String describe() {
            return "user " + username + " (" + role.wireName() + ", scope " + (scopeCode == null ? "*" : scopeCode) + ")";
        }
    }

    /**
     * A station agent holding a token of one of the station's sites; it reads the station's schedule and
     * writes only its own site's heartbeats and records.
     *
     * @param enrolmentId the enrolment of the PC the token was issued to, which numbers its as-run records
     */
    record Station(long stationId, String stationCode, String communeCode, long siteId, long credentialId,
                   long enrolmentId)
            implements Principal {

        @Override
        public String describe() {
            return "station " + stationCode + " (id " + stationId + ")";
        }
    }

    /**
     * Loa itself acting for nobody who signed in: the demo, a command-line import. Whole-system scope, as an
     * administrator's, since whoever can run the command holds the server's files anyway.
     */
    record System(String name) implements Principal {

        @Override
        public String describe() {
            return "system " + name;
        }
    }

    /** No session cookie and no token. */
    record Anonymous() implements Principal {

        @Override
        public String describe() {
            return "anonymous";
        }
    }

    Anonymous ANONYMOUS = new Anonymous();
}
