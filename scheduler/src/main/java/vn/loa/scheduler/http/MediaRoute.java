package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.programs.ProgramLibrary;
import vn.loa.scheduler.store.AsyncStore;

/**
 * Renditions by content hash, with {@code ETag} (the hash), {@code Range} and {@code If-Range}, so an
 * agent on a weak link resumes a download instead of starting again. A user may fetch a rendition of
 * any program they can read. A station may fetch one its schedule names, or one of an approved program
 * produced by its commune or a unit above it (what it may be told to air).
 */
final class MediaRoute {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final AsyncStore store;
    private final ProgramLibrary programs;

    MediaRoute(AsyncStore store, ProgramLibrary programs) {
        this.store = store;
        this.programs = programs;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("getMedia").addHandler(this::serve);
        routes.getRoute("headMedia").addHandler(this::serve);
    }

    private void serve(RoutingContext rc) {
        String hash = rc.pathParam("sha256");
        Caller caller = Principals.caller(rc);
        store.blocking(() -> programs.rendition(caller, hash))
                .onSuccess(path -> send(rc, hash, path, "private, max-age=31536000, immutable")).onFailure(rc::fail);
    }

    /** Sends an MP3 whole or the byte range asked for, its hash the ETag. */
    static void send(RoutingContext rc, String hash, Path path, String cacheControl) {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            rc.fail(e);
            return;
        }
        String etag = "\"" + hash + "\"";
        var response = rc.response().putHeader("ETag", etag).putHeader("Accept-Ranges", "bytes")
                .putHeader("Content-Type", "audio/mpeg").putHeader("Cache-Control", cacheControl)
                // compressing MP3 gains nothing and would break byte ranges
                .putHeader("Content-Encoding", "identity");
        String range = rc.request().getHeader("Range");
        String ifRange = rc.request().getHeader("If-Range");
        boolean head = rc.request().method().name().equals("HEAD");
        if (range == null || (ifRange != null && !ifRange.equals(etag))) {
            response.putHeader("Content-Length", String.valueOf(size));
            if (head) {
                response.end();
            } else {
                response.sendFile(path.toString());
            }
            return;
        }
        Matcher m = RANGE.matcher(range.strip());
        long start;
        long end;
        if (m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                start = Math.max(0, size - suffix);
                end = size - 1;
            } else {
                start = Long.parseLong(m.group(1));
                end = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            }
        } else {
            start = size;
            end = -1;
        }
        if (start >= size || end < start) {
            response.setStatusCode(416).putHeader("Content-Range", "bytes */" + size)
                    .putHeader("Content-Type", "application/json; charset=utf-8")
                    .end(new ApiError(416, "range_not_satisfiable", "Khoảng byte yêu cầu nằm ngoài tệp (" + size + " byte).",
                            "The requested byte range is outside the file (" + size + " bytes).",
                            new JsonObject().put("size", size)).toJson().encode());
            return;
        }
        long length = end - start + 1;
        response.setStatusCode(206).putHeader("Content-Range", "bytes " + start + "-" + end + "/" + size)
                .putHeader("Content-Length", String.valueOf(length));
        if (head) {
            response.end();
        } else {
            response.sendFile(path.toString(), start, length);
        }
    }
}
