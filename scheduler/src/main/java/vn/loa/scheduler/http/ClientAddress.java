package vn.loa.scheduler.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import vn.loa.scheduler.config.ProxyRanges;

/**
 * Who is on the other end: the connection's address, or, when that is a trusted reverse proxy, the
 * nearest address in {@code X-Forwarded-For} that is not one of the trusted proxies. A header from
 * anyone else is ignored: a client cannot choose the address the sign-in lock and the audit log see.
 */
final class ClientAddress implements Handler<RoutingContext> {

    private static final String KEY = "loa.client-address";
    private static final String RESOLVER = "loa.client-address-resolver";

    private final ProxyRanges proxies;

    ClientAddress(ProxyRanges proxies) {
        this.proxies = proxies;
    }

    /** Settles nothing yet: most answers (an agent's poll) never ask, and working it out is a twentieth of one. */
    @Override
    public void handle(RoutingContext rc) {
        rc.put(RESOLVER, this);
        rc.next();
    }

    /** The request's client, worked out when first asked. */
    static String of(RoutingContext rc) {
        String resolved = rc.get(KEY);
        if (resolved == null) {
            String peer = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
            ClientAddress resolver = rc.get(RESOLVER);
            resolved = resolver == null ? peer : resolver.of(peer, rc.request().headers().getAll("X-Forwarded-For"));
            rc.put(KEY, resolved);
        }
        return resolved;
    }

    String of(String peer, List<String> forwardedFor) {
        if (forwardedFor.isEmpty() || !proxies.trusts(peer)) {
            return peer;
        }
        String[] hops = String.join(",", forwardedFor).split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !proxies.trusts(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }
}
