package vn.loa.scheduler.agents;

import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.StationCredentials;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Site;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.access.Credential;
import vn.loa.scheduler.registry.Sites;
import vn.loa.scheduler.registry.StationRegistry;
import vn.loa.scheduler.store.Store;

/**
 * A station's enrolment codes and agent tokens as an admin handles them: issue a code for a new PC,
 * list what exists, revoke one. Blocking: call off the event loop.
 */
public final class AgentCredentials {

    private final Store store;
    private final StationCredentials credentials;
    private final Clock clock;

    public AgentCredentials(Store store, StationCredentials credentials, Clock clock) {
        this.store = store;
        this.credentials = credentials;
        this.clock = clock;
    }

    /**
     * A one-time enrolment code (shown once) for the station's first site in service (a station of one site);
     * earlier unused codes of that site stop working.
     */
    public StationCredentials.Issued issueCode(Caller caller, long stationId) {
        return issue(caller, stationId, null);
    }

    /** The same for one site of the station; other sites' codes and tokens stay as they are. */
    public StationCredentials.Issued issueCode(Caller caller, long stationId, long siteId) {
        return issue(caller, stationId, siteId);
    }

    private StationCredentials.Issued issue(Caller caller, long stationId, Long siteId) {
        return store.write(r -> {
            Station station = StationRegistry.findInScope(r, caller.principal(), stationId);
            Site site = siteId == null
                    ? r.sites().listForStation(stationId).stream().filter(s -> s.retiredAt() == null).findFirst()
                            .orElseThrow(() -> DomainException.notFound("điểm phát đang dùng", "Site in service", "*"))
                    : Sites.find(r, stationId, siteId);
            if (site.retiredAt() != null) {
                throw new DomainException(DomainException.Kind.CONFLICT, "site_retired",
                        "Điểm phát '" + site.spec().name() + "' đã ngừng sử dụng: không cấp mã đăng ký cho nó.",
                        "Site '" + site.spec().name() + "' is retired: no enrolment code is issued for it.", new JsonObject());
            }
            Instant now = clock.instant();
            StationCredentials.Issued issued = credentials.issueCode(r, stationId, site.id(), now);
            Audit.record(r, caller.actor(), now, "station.enrolment_code", "station", String.valueOf(stationId),
                    station.spec().communeCode(), "credential " + issued.credential().id() + ", site " + site.spec().code());
            return issued;
        });
    }

    public List<Credential> list(Caller caller, long stationId) {
        return store.read(r -> {
            StationRegistry.findInScope(r, caller.principal(), stationId);
            return r.credentials().listForStation(stationId);
        });
    }

    public void revoke(Caller caller, long stationId, long credentialId) {
        store.write(r -> {
            Station station = StationRegistry.findInScope(r, caller.principal(), stationId);
            Credential credential = r.credentials().find(credentialId).filter(c -> c.stationId() == stationId)
                    .orElseThrow(() -> DomainException.notFound("thông tin xác thực", "Credential", String.valueOf(credentialId)));
            Instant now = clock.instant();
            r.credentials().revoke(credential.id(), now);
            Audit.record(r, caller.actor(), now, "station.credential_revoke", "station", String.valueOf(stationId),
                    station.spec().communeCode(), credential.kind().wireName() + " " + credential.id());
            return null;
        });
    }
}
