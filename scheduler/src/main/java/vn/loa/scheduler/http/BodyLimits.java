package vn.loa.scheduler.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/** Reads request bodies up to a limit that depends on what the route takes: small JSON, or a CSV file. */
final class BodyLimits implements Handler<RoutingContext> {

    static final String IMPORTS_PREFIX = "/api/v1/imports/";

    private final BodyHandler json;
    private final BodyHandler imports;

    BodyLimits(long jsonLimitBytes, long importLimitBytes) {
        this.json = BodyHandler.create(false).setBodyLimit(jsonLimitBytes);
        this.imports = BodyHandler.create(false).setBodyLimit(importLimitBytes);
    }

    @Override
    public void handle(RoutingContext rc) {
        if (rc.request().path().startsWith(IMPORTS_PREFIX)) {
            imports.handle(rc);
        } else {
            json.handle(rc);
        }
    }
}
