package vn.loa.scheduler.http;

import io.vertx.ext.web.RoutingContext;
import vn.loa.scheduler.access.Actor;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.Principal;

/** The caller of a request, as {@link AccessGate} found it. */
final class Principals {

    static final String KEY = "loa.principal";

    private Principals() {
    }

    static Principal of(RoutingContext rc) {
        Principal p = rc.get(KEY);
        return p == null ? Principal.ANONYMOUS : p;
    }

    /** The caller as the services see it: the principal and the actor the audit log names. */
    static Caller caller(RoutingContext rc) {
        return new Caller(of(rc), actor(rc));
    }

    static Actor actor(RoutingContext rc) {
        return Actor.of(of(rc), address(rc));
    }

    /** The client's address as {@link ClientAddress} found it (behind a trusted proxy, the forwarded one). */
    static String address(RoutingContext rc) {
        return ClientAddress.of(rc);
    }
}
