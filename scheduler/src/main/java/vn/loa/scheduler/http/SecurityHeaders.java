package vn.loa.scheduler.http;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers on every response, error responses included: the console loads only its own scripts and
 * styles (and images from the map's tile server when one is configured), nothing may frame it, browsers must not guess content types, API answers are not cached.
 */
final class SecurityHeaders implements Handler<RoutingContext> {

    static final String CSP = policy(null) + " frame-ancestors 'none'";

    /**
     * Routing-context key: the {@code frame-ancestors} sources a response allows (the public pages, for the
     * origins an admin lists); absent, nothing may frame it.
     */
    static final String FRAMING = "loa.frame-ancestors";

    private final boolean https;
    private final String policy;
    /** The policy of a response nothing may frame, the usual one: written once, not per answer. */
    private final String unframed;

    /** @param tileOrigin the map tile server whose images the console may show; null when none is configured */
    SecurityHeaders(boolean https, String tileOrigin) {
        this.https = https;
        this.policy = policy(tileOrigin);
        this.unframed = policy + " frame-ancestors 'none'";
    }

    private static String policy(String tileOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + (tileOrigin == null ? "" : " " + tileOrigin)
                + "; media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';";
    }

    @Override
    public void handle(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            String framing = rc.get(FRAMING);
            headers.set("Content-Security-Policy", framing == null ? unframed : policy + " frame-ancestors " + framing);
            headers.set("X-Content-Type-Options", "nosniff");
            if (framing == null) {
                headers.set("X-Frame-Options", "DENY");
            }
            headers.set("Referrer-Policy", "no-referrer");
            if (rc.request().path().startsWith("/api/")) {
                headers.set("Cache-Control", "no-store");
            }
            if (https) {
                headers.set("Strict-Transport-Security", "max-age=31536000");
            }
        });
        rc.next();
    }
}
