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
    private final DiskFloor floor;

    /** @param uploadDir where program uploads stream to disk (same file system as the media folder) */
    BodyLimits(long jsonLimitBytes, long importLimitBytes, long uploadLimitBytes, String uploadDir, DiskFloor floor) {
        this.floor = floor;
        this.json = BodyHandler.create(false).setBodyLimit(jsonLimitBytes);
        this.imports = BodyHandler.create(false).setBodyLimit(importLimitBytes);
        this.uploads = BodyHandler.create(uploadDir).setBodyLimit(uploadLimitBytes).setDeleteUploadedFilesOnEnd(true)
                .setMergeFormAttributes(true);
    }

    @Override
    public void handle(RoutingContext rc) {
        if (rc.request().path().equals(ProgramUploadRoute.PATH) && rc.request().method().name().equals("POST")) {
            if (roomFor(rc)) {
                uploads.handle(rc);
            }
        } else if (rc.request().path().startsWith(IMPORTS_PREFIX)) {
            if (roomFor(rc)) {
                imports.handle(rc);
            }
        } else {
            json.handle(rc);
        }
    }

    /** Files are written only while the disk keeps its floor; otherwise 507 before the body. */
    private boolean roomFor(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        try {
            floor.check(length == null ? 0 : Long.parseLong(length.strip()));
            return true;
        } catch (NumberFormatException e) {
            return true;
        } catch (ApiRefusal full) {
            rc.fail(full);
            return false;
        }
    }
}
