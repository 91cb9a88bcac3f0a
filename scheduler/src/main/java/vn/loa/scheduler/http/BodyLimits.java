package vn.loa.scheduler.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/** Reads request bodies up to a limit that depends on what the route takes: small JSON, a CSV file, or audio. */
final class BodyLimits implements Handler<RoutingContext> {

    static final String IMPORTS_PREFIX = "/api/v1/imports/";

    private final BodyHandler json;
    private final BodyHandler imports;
    private final BodyHandler uploads;

    /** @param uploadDir where program uploads stream to disk (same file system as the media folder) */
    BodyLimits(long jsonLimitBytes, long importLimitBytes, long uploadLimitBytes, String uploadDir) {
        this.json = BodyHandler.create(false).setBodyLimit(jsonLimitBytes);
        this.imports = BodyHandler.create(false).setBodyLimit(importLimitBytes);
        this.uploads = BodyHandler.create(uploadDir).setBodyLimit(uploadLimitBytes).setDeleteUploadedFilesOnEnd(true)
                .setMergeFormAttributes(true);
    }

    @Override
    public void handle(RoutingContext rc) {
        if (rc.request().path().equals(ProgramUploadRoute.PATH) && rc.request().method().name().equals("POST")) {
            uploads.handle(rc);
        } else if (rc.request().path().startsWith(IMPORTS_PREFIX)) {
            imports.handle(rc);
        } else {
            json.handle(rc);
        }
    }
}
