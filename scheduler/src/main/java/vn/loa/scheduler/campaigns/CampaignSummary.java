package vn.loa.scheduler.campaigns;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import vn.loa.scheduler.domain.MinuteOfDay;
import vn.loa.scheduler.planning.CampaignRecord;
import vn.loa.scheduler.planning.CampaignSpec;

/** A campaign as one JSON object: its wire form, and what the audit log keeps of it before and after a change. */
public final class CampaignSummary {

    private CampaignSummary() {
    }

    /** The JSON text, for an audit entry. */
    public static String of(CampaignRecord c) {
        return json(c).encode();
    }

    public static JsonObject json(CampaignRecord c) {
        CampaignSpec s = c.spec();
        JsonArray preferred = new JsonArray();
        s.preferred().forEach(w -> preferred.add(new JsonObject().put("start", MinuteOfDay.format(w.startMinute()))
                .put("end", MinuteOfDay.format(w.endMinute()))));
        return new JsonObject().put("id", c.id()).put("name", s.name()).put("owner_unit_code", s.ownerUnitCode())
                .put("owner_unit_name", c.ownerName())
                .put("period_start", s.from().toString()).put("period_end", s.to().toString())
                .put("priority", s.priority().wireName()).put("priority_vi", s.priority().vietnamese())
                .put("target", new JsonObject().put("kind", s.target().kind().wireName()).put("count", s.target().count()))
                .put("target_units", new JsonArray(s.targetUnits())).put("target_stations", new JsonArray(s.targetStations()))
                .put("program_ids", new JsonArray(s.programIds())).put("preferred_windows", preferred)
                .put("status", c.status().wireName()).put("created_at", c.createdAt().toString()).put("updated_at", c.updatedAt().toString())
                .put("published_at", c.publishedAt() == null ? null : c.publishedAt().toString());
    }
}
