package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import vn.loa.scheduler.campaigns.CampaignSummary;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.DateText;
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
                DateText.day("period_start", b.getString("period_start"), null),
                DateText.day("period_end", b.getString("period_end"), null),
                Priority.fromWire(b.getString("priority", "normal")).orElseThrow(),
                new FrequencyTarget(FrequencyTarget.Kind.fromWire(target.getString("kind")).orElseThrow(), target.getInteger("count")),
                strings(b.getJsonArray("target_units", new JsonArray())), longs(b.getJsonArray("target_stations", new JsonArray())),
                longs(b.getJsonArray("program_ids")), preferred);
    }

    static JsonObject toJson(CampaignRecord c) {
        return CampaignSummary.json(c);
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
