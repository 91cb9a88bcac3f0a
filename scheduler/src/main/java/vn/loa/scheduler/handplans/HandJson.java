package vn.loa.scheduler.handplans;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import vn.loa.scheduler.domain.MinuteOfDay;
import vn.loa.scheduler.domain.Weekdays;
import vn.loa.scheduler.domain.hand.DayOff;
import vn.loa.scheduler.domain.hand.FallbackProgram;
import vn.loa.scheduler.domain.hand.RecurringSlot;
import vn.loa.scheduler.domain.hand.ScheduleEdit;

/** Hand decisions as JSON: on the wire, and as the audit log keeps them. Times of day as HH:MM:SS. */
public final class HandJson {

    private HandJson() {
    }

    public static JsonObject edit(ScheduleEdit e) {
        return new JsonObject().put("id", e.id()).put("station_id", e.stationId()).put("day", e.day().toString())
                .put("kind", e.kind()).put("program_id", e.programId()).put("campaign_id", e.campaignId())
                .put("from", clock(e.fromSecond())).put("at", clock(e.atSecond())).put("reason", e.reason())
                .put("created_by", e.createdBy()).put("created_at", e.createdAt().toString());
    }

    public static JsonObject dayOff(DayOff d) {
        return new JsonObject().put("id", d.id()).put("kind", d.kind()).put("scope_code", d.scopeCode())
                .put("station_id", d.stationId()).put("first_day", d.firstDay().toString())
                .put("last_day", d.lastDay().toString()).put("reason", d.reason()).put("created_by", d.createdBy())
                .put("created_at", d.createdAt() == null ? null : d.createdAt().toString());
    }

    public static JsonObject slot(RecurringSlot s) {
        JsonArray days = new JsonArray();
        s.weekdays().stream().sorted().forEach(d -> days.add(Weekdays.wireName(d)));
        return new JsonObject().put("id", s.id()).put("name", s.name()).put("program_id", s.programId())
                .put("scope_code", s.scopeCode()).put("station_id", s.stationId())
                .put("start", MinuteOfDay.format(s.startMinute())).put("repeat", s.weekly() ? "weeks" : "days")
                .put("weekdays", days).put("every", s.every()).put("first_day", s.firstDay().toString())
                .put("last_day", s.lastDay() == null ? null : s.lastDay().toString()).put("created_by", s.createdBy());
    }

    public static JsonObject fallback(HandPlans.Fallback f) {
        return new JsonObject().put("unit_code", f.unitCode()).put("station_id", f.stationId())
                .put("own", programs(f.own())).put("airs", programs(f.airs()));
    }

    private static JsonArray programs(List<FallbackProgram> list) {
        JsonArray programs = new JsonArray();
        list.forEach(p -> programs.add(new JsonObject().put("program_id", p.programId()).put("title", p.title())
                .put("duration_ms", p.durationMillis())));
        return programs;
    }

    /** Seconds of a day as HH:MM:SS; null stays null. */
    static String clock(Integer second) {
        if (second == null) {
            return null;
        }
        return String.format("%02d:%02d:%02d", second / 3600, second / 60 % 60, second % 60);
    }
}
