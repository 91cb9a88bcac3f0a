package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Locale;
import vn.loa.scheduler.planning.Shortfall;
import vn.loa.scheduler.publishing.Feasibility;
import vn.loa.scheduler.publishing.Suggestions;

/** A feasibility report on the wire, said in numbers a planner can act on. */
final class FeasibilityJson {

    private FeasibilityJson() {
    }

    static JsonObject toJson(Feasibility report) {
        JsonArray rows = new JsonArray();
        for (Shortfall f : report.rows()) {
            JsonObject row = new JsonObject().put("station_id", f.stationId()).put("day", f.day().toString())
                    .put("needed_airings", f.neededAirings()).put("planned_airings", f.plannedAirings())
                    .put("needed_minutes", round(f.neededMinutes())).put("planned_minutes", round(f.plannedMinutes()))
                    .put("available_minutes", round(f.availableMinutes())).put("relay_minutes", round(f.relayMinutes()));
            if (f.notScheduled() != null) {
                row.put("not_scheduled", f.notScheduled());
            } else if (f.missingAirings() > 0) {
                String relay = f.relayMinutes() > 0 ? String.format(Locale.ROOT, ", tiếp âm chiếm %.0f phút", f.relayMinutes()) : "";
                String relayEn = f.relayMinutes() > 0 ? String.format(Locale.ROOT, ", relays take %.0f", f.relayMinutes()) : "";
                row.put("message", String.format(Locale.ROOT, "Cần %.0f phút/ngày, chỉ xếp được %.0f phút (khung giờ có %.0f"
                                + " phút%s); thiếu %d lượt phát.", f.neededMinutes(), f.plannedMinutes(), f.availableMinutes(),
                        relay, f.missingAirings()))
                        .put("message_en", String.format(Locale.ROOT, "Needs %.0f min/day, only %.0f min fit (windows hold"
                                + " %.0f min%s); %d airings short.", f.neededMinutes(), f.plannedMinutes(), f.availableMinutes(),
                        relayEn, f.missingAirings()));
            }
            rows.add(row);
        }
        return new JsonObject().put("campaign_id", report.campaignId()).put("from", report.from().toString())
                .put("days", report.days()).put("needed_airings", report.neededAirings())
                .put("planned_airings", report.plannedAirings()).put("short_station_days", report.shortStationDays())
                .put("rows", rows).put("suggestions", suggestions(report));
    }

    /** What would fit, worked out by the engine: lower frequencies, and the minutes short stations lack. */
    private static JsonObject suggestions(Feasibility report) {
        JsonArray frequencies = new JsonArray();
        for (Suggestions.Frequency f : report.frequencies()) {
            frequencies.add(new JsonObject().put("target", new JsonObject().put("kind", f.target().kind().wireName())
                            .put("count", f.target().count()))
                    .put("needed_airings", f.neededAirings()).put("planned_airings", f.plannedAirings())
                    .put("message", f.message()).put("message_en", f.messageEn()));
        }
        JsonArray minutes = new JsonArray();
        for (Suggestions.MoreMinutes m : report.moreMinutes()) {
            minutes.add(new JsonObject().put("station_id", m.stationId()).put("days", m.days())
                    .put("minutes_per_day", m.minutesPerDay())
                    .put("message", String.format(Locale.ROOT, "Cần thêm khoảng %d phút/ngày (ở %d ngày): kéo dài khung giờ"
                            + " hoặc thêm một buổi phát.", m.minutesPerDay(), m.days()))
                    .put("message_en", String.format(Locale.ROOT, "Needs about %d more minutes a day (on %d days): a longer"
                            + " window or another session.", m.minutesPerDay(), m.days())));
        }
        return new JsonObject().put("frequencies", frequencies).put("more_minutes", minutes);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
