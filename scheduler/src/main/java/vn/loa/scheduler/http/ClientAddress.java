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

    static final String KEY = "loa.client-address";

    private final ProxyRanges proxies;

    ClientAddress(ProxyRanges proxies) {
        this.proxies = proxies;
    }

    @Override
    public void handle(RoutingContext rc) {
        rc.put(KEY, of(rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress(),
                rc.request().headers().getAll("X-Forwarded-For")));
        rc.next();
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
