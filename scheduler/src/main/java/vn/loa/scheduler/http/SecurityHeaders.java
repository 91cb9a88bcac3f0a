package vn.loa.scheduler.http;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
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

    // names and the usual values as ready-made ASCII, hashed and encoded once (every answer carries them)
    private static final CharSequence POLICY = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence TYPE_OPTIONS = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence FRAME_OPTIONS = HttpHeaders.createOptimized("X-Frame-Options");
    private static final CharSequence DENY = HttpHeaders.createOptimized("DENY");
    private static final CharSequence REFERRER = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence NO_REFERRER = HttpHeaders.createOptimized("no-referrer");
    private static final CharSequence NO_STORE = HttpHeaders.createOptimized("no-store");
    private static final CharSequence TRANSPORT = HttpHeaders.createOptimized("Strict-Transport-Security");
    private static final CharSequence A_YEAR = HttpHeaders.createOptimized("max-age=31536000");

    private final boolean https;
    private final String policy;
    /** The policy of a response nothing may frame, the usual one: written once, not per answer. */
    private final CharSequence unframed;

    /** @param tileOrigin the map tile server whose images the console may show; null when none is configured */
    SecurityHeaders(boolean https, String tileOrigin) {
        this.https = https;
        this.policy = policy(tileOrigin);
        this.unframed = HttpHeaders.createOptimized(policy + " frame-ancestors 'none'");
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
            headers.set(POLICY, framing == null ? unframed : policy + " frame-ancestors " + framing);
            headers.set(TYPE_OPTIONS, NOSNIFF);
            if (framing == null) {
                headers.set(FRAME_OPTIONS, DENY);
            }
            headers.set(REFERRER, NO_REFERRER);
            if (rc.request().path().startsWith("/api/")) {
                headers.set(HttpHeaders.CACHE_CONTROL, NO_STORE);
            }
            if (https) {
                headers.set(TRANSPORT, A_YEAR);
            }
        });
        rc.next();
    }
}
