package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Clock;
import java.time.Instant;
import vn.loa.scheduler.access.Actor;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.domain.access.Credential;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.access.StationCredentials;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.registry.StationRegistry;
import vn.loa.scheduler.store.AsyncStore;

import vn.loa.scheduler.access.Scope;
/** Admins issue enrolment codes, list and revoke a station's credentials. Secrets are shown once. */
final class CredentialRoutes {

    private final AsyncStore store;
    private final StationCredentials credentials;
    private final Clock clock;

    CredentialRoutes(AsyncStore store, StationCredentials credentials, Clock clock) {
        this.store = store;
        this.credentials = credentials;
        this.clock = clock;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("issueEnrolmentCode").addHandler(this::issue);
        routes.getRoute("listCredentials").addHandler(this::list);
        routes.getRoute("revokeCredential").addHandler(this::revoke);
    }

    static JsonObject toJson(Credential c) {
        return new JsonObject().put("id", c.id()).put("station_id", c.stationId()).put("kind", c.kind().wireName())
                .put("created_at", c.createdAt().toString()).put("expires_at", text(c.expiresAt()))
                .put("used_at", text(c.usedAt())).put("revoked_at", text(c.revokedAt()))
                .put("last_used_at", text(c.lastUsedAt()));
    }

    private void issue(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        Principal principal = Principals.of(rc);
        Actor actor = Principals.actor(rc);
        store.write(r -> {
            Station station = StationRegistry.find(r, id);
            Scope.requireStation(r, principal, station);
            Instant now = clock.instant();
            StationCredentials.Issued issued = credentials.issueCode(r, id, now);
            Audit.record(r, actor, now, "station.enrolment_code", "station", String.valueOf(id),
                    station.spec().communeCode(), "credential " + issued.credential().id());
            return issued;
        })
                .onSuccess(issued -> Respond.json(rc, 201, toJson(issued.credential()).put("code", issued.secret())))
                .onFailure(rc::fail);
    }

    private void list(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        Principal principal = Principals.of(rc);
        store.read(r -> {
            Scope.requireStation(r, principal, StationRegistry.find(r, id));
            return r.credentials().listForStation(id);
        })
                .onSuccess(list -> Respond.items(rc, list, CredentialRoutes::toJson))
                .onFailure(rc::fail);
    }

    private void revoke(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        long credentialId = Long.parseLong(rc.pathParam("credentialId"));
        Principal principal = Principals.of(rc);
        Actor actor = Principals.actor(rc);
        store.write(r -> {
            Station station = StationRegistry.find(r, id);
            Scope.requireStation(r, principal, station);
            Credential credential = r.credentials().find(credentialId).filter(c -> c.stationId() == id)
                    .orElseThrow(() -> DomainException.notFound("thông tin xác thực", "Credential", String.valueOf(credentialId)));
            Instant now = clock.instant();
            r.credentials().revoke(credential.id(), now);
            Audit.record(r, actor, now, "station.credential_revoke", "station", String.valueOf(id),
                    station.spec().communeCode(), credential.kind().wireName() + " " + credential.id());
            return credential;
        })
                .onSuccess(x -> Respond.noContent(rc))
                .onFailure(rc::fail);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
