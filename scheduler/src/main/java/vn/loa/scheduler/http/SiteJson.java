package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import vn.loa.scheduler.domain.Site;
import vn.loa.scheduler.domain.SiteSpec;
import vn.loa.scheduler.registry.Sites;

/** Sites on the wire. */
final class SiteJson {

    private SiteJson() {
    }

    static SiteSpec fromJson(JsonObject body) {
        return new SiteSpec(body.getString("code"), body.getString("name"), body.getString("location"),
                body.getDouble("latitude"), body.getDouble("longitude"), body.getString("former_station_code"));
    }

    static JsonObject toJson(Site site) {
        SiteSpec spec = site.spec();
        return new JsonObject().put("id", site.id()).put("station_id", site.stationId()).put("code", spec.code())
                .put("name", spec.name()).put("location", spec.location()).put("latitude", spec.latitude())
                .put("longitude", spec.longitude()).put("former_station_code", spec.formerStationCode())
                .put("retired_at", text(site.retiredAt())).put("created_at", site.createdAt().toString())
                .put("last_heartbeat_at", text(site.lastHeartbeatAt()));
    }

    static JsonObject listing(Sites.Listing listing) {
        JsonArray items = new JsonArray();
        for (Sites.View v : listing.sites()) {
            JsonObject json = toJson(v.site()).put("state", v.state().wireName()).put("played", v.played())
                    .put("records", v.records()).put("expected", v.expected());
            json.put("agent_version", v.latest() == null ? null : v.latest().agentVersion())
                    .put("clock_uncertainty_ms", v.latest() == null ? null : v.latest().clockUncertaintyMillis())
                    .put("outbox_backlog", v.latest() == null ? null : v.latest().outboxBacklog());
            items.add(json);
        }
        Sites.Coverage c = listing.coverage();
        return new JsonObject().put("items", items).put("coverage", new JsonObject().put("from", c.from().toString())
                .put("to", c.to().toString()).put("sites_aired", c.sitesAired()).put("sites_expected", c.sitesExpected())
                .put("text", c.text()));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
