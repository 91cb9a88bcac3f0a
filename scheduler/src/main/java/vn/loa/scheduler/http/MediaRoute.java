package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.media.ContentStore;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.store.AsyncStore;
import vn.loa.scheduler.store.Repositories;

import vn.loa.scheduler.access.Scope;
/**
 * Renditions by content hash, with {@code ETag} (the hash), {@code Range} and {@code If-Range}, so an
 * agent on a weak link resumes a download instead of starting again. A user may fetch a rendition of
 * any program they can read. A station may fetch one its schedule names, or one of an approved program
 * produced by its commune or a unit above it (what it may be told to air).
 */
final class MediaRoute {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final AsyncStore store;
    private final ContentStore media;

    MediaRoute(AsyncStore store, ContentStore media) {
        this.store = store;
        this.media = media;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("getMedia").addHandler(this::serve);
        routes.getRoute("headMedia").addHandler(this::serve);
    }

    private void serve(RoutingContext rc) {
        String hash = rc.pathParam("sha256");
        Principal principal = Principals.of(rc);
        store.read(r -> {
            List<Program> programs = r.programs().withRendition(hash);
            if (programs.isEmpty()) {
                throw DomainException.notFound("bản phát sóng", "Rendition", hash);
            }
            if (programs.stream().noneMatch(p -> mayFetch(r, principal, p, hash))) {
                throw DomainException.outOfScope("bản phát sóng", "rendition");
            }
            return media.find(hash, "mp3").orElseThrow(() -> DomainException.notFound("tệp bản phát sóng", "Rendition file", hash));
        }).onSuccess(path -> send(rc, hash, path)).onFailure(rc::fail);
    }

    private static boolean mayFetch(Repositories r, Principal principal, Program program, String hash) {
        if (principal instanceof Principal.Station s) {
            return r.programs().scheduledAt(hash, s.stationId())
                    || program.status() == ProgramStatus.APPROVED && r.orgUnits().isWithin(s.communeCode(), program.producingUnitCode());
        }
        try {
            Scope.requireReadable(r, principal, program.producingUnitCode());
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    private static void send(RoutingContext rc, String hash, Path path) {
        long size;
        try {
            size = Files.size(path);
        } catch (java.io.IOException e) {
            rc.fail(e);
            return;
        }
        String etag = "\"" + hash + "\"";
        var response = rc.response().putHeader("ETag", etag).putHeader("Accept-Ranges", "bytes")
                .putHeader("Content-Type", "audio/mpeg").putHeader("Cache-Control", "private, max-age=31536000, immutable")
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
