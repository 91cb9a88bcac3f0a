package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.portal.Listing;
import vn.loa.scheduler.portal.PodcastFeed;
import vn.loa.scheduler.portal.Portal;
import vn.loa.scheduler.portal.PublicPage;
import vn.loa.scheduler.store.AsyncStore;

/**
 * The portal (issue 19): public pages, feeds and audio for anyone, without signing in, and the planners'
 * switches that decide what is public. Public answers carry an ETag and revalidate (an unpublished program
 * disappears at once); they are served at most {@code maxInFlight} at a time, so a burst of listeners never
 * holds the workers the agents need. Only the public pages may be framed, and only by the listed origins.
 */
final class PublicRoutes {

    private final AsyncStore store;
    private final Portal portal;
    private final PublicPage page;
    private final String framing;
    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();

    PublicRoutes(AsyncStore store, Portal portal, PublicPage page, List<String> frameAncestors, int maxInFlight) {
        this.store = store;
        this.portal = portal;
        this.page = page;
        this.framing = frameAncestors.isEmpty() ? null : "'self' " + String.join(" ", frameAncestors);
        this.maxInFlight = maxInFlight;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("getPublicUnitPage").addHandler(rc -> text(rc, "text/html", true,
                () -> portal.unit(rc.pathParam("code"), pageOf(rc)).map(page::full)));
        routes.getRoute("getPublicUnitFeed").addHandler(rc -> text(rc, "application/rss+xml", false,
                () -> portal.unit(rc.pathParam("code"), 1, PodcastFeed.ITEMS).map(l -> PodcastFeed.xml(l, base(rc)))));
        routes.getRoute("getPublicCampaignPage").addHandler(rc -> text(rc, "text/html", true,
                () -> portal.campaign(id(rc), pageOf(rc)).map(page::full)));
        routes.getRoute("getPublicCampaignFeed").addHandler(rc -> text(rc, "application/rss+xml", false,
                () -> portal.campaign(id(rc), 1, PodcastFeed.ITEMS).map(l -> PodcastFeed.xml(l, base(rc)))));
        routes.getRoute("getPublicCampaignEmbed").addHandler(rc -> text(rc, "text/html", true,
                () -> portal.campaign(id(rc), 1).map(page::embed)));
        routes.getRoute("getPublicAudio").addHandler(this::audio);
        routes.getRoute("headPublicAudio").addHandler(this::audio);

        routes.getRoute("getProgramPublic").addHandler(this::programStanding);
        routes.getRoute("setProgramPublic").addHandler(rc -> store.blocking(() -> {
            portal.setProgramPublic(Principals.caller(rc), id(rc), visible(rc));
            return null;
        }).onSuccess(v -> programStanding(rc)).onFailure(rc::fail));
        routes.getRoute("getCampaignPublic").addHandler(this::campaignStanding);
        routes.getRoute("setCampaignPublic").addHandler(rc -> store.blocking(() -> {
            portal.setCampaignPublic(Principals.caller(rc), id(rc), visible(rc));
            return null;
        }).onSuccess(v -> campaignStanding(rc)).onFailure(rc::fail));
    }

    private void programStanding(RoutingContext rc) {
        Caller caller = Principals.caller(rc);
        long id = id(rc);
        store.blocking(() -> portal.standing(caller, id)).onSuccess(s -> Respond.json(rc, 200, new JsonObject()
                .put("made_public", s.madePublic()).put("public", s.isPublic())
                .put("plays", s.listens().plays()).put("downloads", s.listens().downloads())
                .put("audio_path", s.isPublic() ? "/public/programs/" + id + "/audio.mp3" : null)))
                .onFailure(rc::fail);
    }

    private void campaignStanding(RoutingContext rc) {
        Caller caller = Principals.caller(rc);
        long id = id(rc);
        store.blocking(() -> portal.campaignIsPublic(caller, id)).onSuccess(visible -> {
            String path = "/public/campaigns/" + id;
            Respond.json(rc, 200, new JsonObject().put("public", visible)
                    .put("page_path", visible ? path : null).put("feed_path", visible ? path + "/feed.xml" : null)
                    .put("embed_path", visible ? path + "/embed" : null));
        }).onFailure(rc::fail);
    }

    /** A public page or feed: 404 for what is not public, 304 when the reader has it, 503 beyond the limit. */
    private void text(RoutingContext rc, String type, boolean frameable, Callable<Optional<String>> work) {
        if (!admit(rc)) {
            return;
        }
        store.blocking(work).onSuccess(body -> {
            if (body.isEmpty()) {
                rc.fail(DomainException.notFound("trang công khai", "Public page", rc.request().path()));
                return;
            }
            if (frameable && framing != null) {
                rc.put(SecurityHeaders.FRAMING, framing);
            }
            String etag = "\"" + sha256(body.get()) + "\"";
            var response = rc.response().putHeader("ETag", etag).putHeader("Cache-Control", "public, no-cache");
            if (etag.equals(rc.request().getHeader("If-None-Match"))) {
                response.setStatusCode(304).end();
            } else {
                response.putHeader("Content-Type", type + "; charset=utf-8").end(body.get());
            }
        }).onFailure(rc::fail);
    }

    private void audio(RoutingContext rc) {
        if (!admit(rc)) {
            return;
        }
        long id = id(rc);
        boolean download = "1".equals(rc.queryParams().get("download"));
        store.blocking(() -> portal.audio(id)).onSuccess(found -> {
            if (found.isEmpty()) {
                rc.fail(DomainException.notFound("chương trình", "Program", String.valueOf(id)));
                return;
            }
            String range = rc.request().getHeader("Range");
            boolean firstBytes = range == null || range.strip().startsWith("bytes=0-");
            if (rc.request().method().name().equals("GET") && firstBytes) {
                // a listen starts at byte 0; the player's later ranges (seeking) are the same listen
                store.blocking(() -> {
                    portal.countListen(id, download);
                    return null;
                });
            }
            if (download) {
                String name = found.get().program().title() + ".mp3";
                rc.response().putHeader("Content-Disposition", "attachment; filename=\"program-" + id + ".mp3\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
            }
            MediaRoute.send(rc, found.get().program().contentSha256(), found.get().file(), "public, no-cache");
        }).onFailure(rc::fail);
    }

    private boolean admit(RoutingContext rc) {
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            rc.response().putHeader("Retry-After", "5");
            rc.fail(new ApiRefusal(new ApiError(503, "portal_busy", "Cổng thông tin đang bận, hãy thử lại sau ít giây.",
                    "The portal is busy; try again in a few seconds.", new JsonObject())));
            return false;
        }
        rc.addEndHandler(v -> inFlight.decrementAndGet());
        return true;
    }

    private static String base(RoutingContext rc) {
        return rc.request().scheme() + "://" + rc.request().getHeader("Host");
    }

    private static long id(RoutingContext rc) {
        return Long.parseLong(rc.pathParam("id"));
    }

    private static int pageOf(RoutingContext rc) {
        String p = rc.queryParams().get("page");
        return p == null ? 1 : Integer.parseInt(p);
    }

    private static boolean visible(RoutingContext rc) {
        return rc.body().asJsonObject().getBoolean("public");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
