package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Instant;
import vn.loa.scheduler.agents.AgentCredentials;
import vn.loa.scheduler.domain.access.Credential;
import vn.loa.scheduler.store.AsyncStore;

/** Admins issue enrolment codes, list and revoke a station's credentials. Secrets are shown once. */
final class CredentialRoutes {

    private final AsyncStore store;
    private final AgentCredentials credentials;

    CredentialRoutes(AsyncStore store, AgentCredentials credentials) {
        this.store = store;
        this.credentials = credentials;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("issueEnrolmentCode").addHandler(rc -> store.blocking(() -> credentials.issueCode(Principals.caller(rc),
                        id(rc)))
                .onSuccess(issued -> Respond.json(rc, 201, toJson(issued.credential()).put("code", issued.secret())))
                .onFailure(rc::fail));
        routes.getRoute("issueSiteEnrolmentCode").addHandler(rc -> store.blocking(() -> credentials.issueCode(
                        Principals.caller(rc), id(rc), SiteRoutes.siteId(rc)))
                .onSuccess(issued -> Respond.json(rc, 201, toJson(issued.credential()).put("code", issued.secret())))
                .onFailure(rc::fail));
        routes.getRoute("listCredentials").addHandler(rc -> store.blocking(() -> credentials.list(Principals.caller(rc), id(rc)))
                .onSuccess(list -> Respond.items(rc, list, CredentialRoutes::toJson)).onFailure(rc::fail));
        routes.getRoute("revokeCredential").addHandler(rc -> {
            long credentialId = Long.parseLong(rc.pathParam("credentialId"));
            store.blocking(() -> {
                credentials.revoke(Principals.caller(rc), id(rc), credentialId);
                return null;
            }).onSuccess(x -> Respond.noContent(rc)).onFailure(rc::fail);
        });
    }

    static JsonObject toJson(Credential c) {
        return new JsonObject().put("id", c.id()).put("station_id", c.stationId())
                .put("site_id", c.siteId()).put("kind", c.kind().wireName())
                .put("created_at", c.createdAt().toString()).put("expires_at", text(c.expiresAt()))
                .put("used_at", text(c.usedAt())).put("revoked_at", text(c.revokedAt()))
                .put("last_used_at", text(c.lastUsedAt()));
    }

    private static long id(RoutingContext rc) {
        return Long.parseLong(rc.pathParam("id"));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
