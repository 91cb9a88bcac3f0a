package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import vn.loa.scheduler.agents.StationAgents;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.MinuteOfDay;
import vn.loa.scheduler.domain.ScheduledItem;
import vn.loa.scheduler.domain.Weekdays;
import vn.loa.scheduler.domain.hand.FallbackProgram;
import vn.loa.scheduler.domain.relay.ScheduledRelay;

/** A station's schedule on the wire, as its agent reads it (its ETag is the hash of this form). */
final class ScheduleJson {

    private ScheduleJson() {
    }

    static JsonObject toJson(StationAgents.Schedule s) {
        JsonArray items = new JsonArray();
        for (ScheduledItem item : s.items()) {
            items.add(new JsonObject().put("id", item.id()).put("day", item.day().toString())
                    .put("position", item.position()).put("planned_start", item.plannedStart().toString())
                    .put("duration_ms", item.durationMillis()).put("program_id", item.programId())
                    .put("content_sha256", item.contentSha256()).put("campaign_id", item.campaignId())
                    .put("notice_id", item.noticeId()).put("reason", item.reason())
                    .put("program_title", item.programTitle()).put("campaign_name", item.campaignName())
                    .put("notice_title", item.noticeTitle()));
        }
        JsonArray withdrawn = new JsonArray();
        s.withdrawn().forEach((itemId, reason) -> withdrawn.add(new JsonObject().put("id", itemId).put("reason", reason)));
        JsonArray fallback = new JsonArray();
        for (FallbackProgram p : s.fallback()) {
            fallback.add(new JsonObject().put("program_id", p.programId()).put("program_title", p.title())
                    .put("content_sha256", p.contentSha256()).put("duration_ms", p.durationMillis()));
        }
        JsonArray windows = new JsonArray();
        for (BroadcastWindow w : s.windows()) {
            windows.add(new JsonObject().put("day", Weekdays.wireName(w.day())).put("start", MinuteOfDay.format(w.startMinute()))
                    .put("end", MinuteOfDay.format(w.endMinute())));
        }
        JsonArray relays = new JsonArray();
        for (ScheduledRelay r : s.relays()) {
            JsonObject relay = new JsonObject().put("id", r.id()).put("day", r.day().toString())
                    .put("planned_start", r.plannedStart().toString()).put("duration_ms", r.durationMillis())
                    .put("source_id", r.sourceId()).put("source_name", r.sourceName()).put("url", r.url());
            if (r.fallbackProgramId() != null && r.fallbackSha256() != null) {
                relay.put("fallback", new JsonObject().put("program_id", r.fallbackProgramId())
                        .put("program_title", r.fallbackTitle()).put("content_sha256", r.fallbackSha256())
                        .put("duration_ms", r.fallbackDurationMillis()));
            }
            relays.add(relay);
        }
        // "to" is where the published schedule ends: after it, with no link, the agent airs the fallback in its windows
        return new JsonObject().put("station_id", s.stationId()).put("from", s.from().toString()).put("to", s.to().toString())
                .put("items", items).put("withdrawn", withdrawn).put("time_zone", s.timeZone()).put("windows", windows)
                .put("fallback", fallback).put("relays", relays);
    }
}
