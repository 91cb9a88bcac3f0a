package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.MinuteOfDay;
import vn.loa.scheduler.planning.CampaignRecord;
import vn.loa.scheduler.planning.CampaignSpec;
import vn.loa.scheduler.planning.FrequencyTarget;
import vn.loa.scheduler.planning.Priority;

/** Campaigns on the wire; the body has passed the contract's schema. */
final class CampaignJson {

    private CampaignJson() {
    }

    static CampaignSpec fromJson(JsonObject b) {
        JsonObject target = b.getJsonObject("target");
        List<BroadcastWindow> preferred = new ArrayList<>();
        for (Object o : b.getJsonArray("preferred_windows", new JsonArray())) {
            JsonObject w = (JsonObject) o;
            preferred.add(new BroadcastWindow(DayOfWeek.MONDAY, MinuteOfDay.parse(w.getString("start")).orElseThrow(),
                    MinuteOfDay.parse(w.getString("end")).orElseThrow()));
        }
        return new CampaignSpec(b.getString("name"), b.getString("owner_unit_code"),
                Params.day("period_start", b.getString("period_start"), null),
                Params.day("period_end", b.getString("period_end"), null),
                Priority.fromWire(b.getString("priority", "normal")).orElseThrow(),
                new FrequencyTarget(FrequencyTarget.Kind.valueOf(target.getString("kind").toUpperCase()), target.getInteger("count")),
                strings(b.getJsonArray("target_units", new JsonArray())), longs(b.getJsonArray("target_stations", new JsonArray())),
                longs(b.getJsonArray("program_ids")), preferred);
    }

    static JsonObject toJson(CampaignRecord c) {
        CampaignSpec s = c.spec();
        JsonArray preferred = new JsonArray();
        s.preferred().forEach(w -> preferred.add(new JsonObject().put("start", MinuteOfDay.format(w.startMinute()))
                .put("end", MinuteOfDay.format(w.endMinute()))));
        return new JsonObject().put("id", c.id()).put("name", s.name()).put("owner_unit_code", s.ownerUnitCode())
                .put("period_start", s.from().toString()).put("period_end", s.to().toString())
                .put("priority", s.priority().wireName()).put("priority_vi", s.priority().vietnamese())
                .put("target", new JsonObject().put("kind", s.target().kind().name().toLowerCase()).put("count", s.target().count()))
                .put("target_units", new JsonArray(s.targetUnits())).put("target_stations", new JsonArray(s.targetStations()))
                .put("program_ids", new JsonArray(s.programIds())).put("preferred_windows", preferred)
                .put("status", c.status()).put("created_at", c.createdAt().toString()).put("updated_at", c.updatedAt().toString())
                .put("published_at", c.publishedAt() == null ? null : c.publishedAt().toString());
    }

    private static List<String> strings(JsonArray a) {
        List<String> list = new ArrayList<>();
        a.forEach(o -> list.add((String) o));
        return list;
    }

    private static List<Long> longs(JsonArray a) {
        List<Long> list = new ArrayList<>();
        a.forEach(o -> list.add(((Number) o).longValue()));
        return list;
    }
}
