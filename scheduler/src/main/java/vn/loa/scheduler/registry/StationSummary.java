package vn.loa.scheduler.registry;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.MinuteOfDay;
import vn.loa.scheduler.domain.QuietHours;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.StationRules;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.domain.Weekdays;

/**
 * A station as one JSON object: its wire form, and what the audit log keeps of it (without timestamps).
 * Windows travel grouped the way people think of them ("Mon–Fri 06:00–06:30") as
 * {@code {"days":["MON",…],"start":"06:00","end":"06:30"}}; the store keeps one row per weekday.
 */
public final class StationSummary {

    private StationSummary() {
    }

    public static JsonObject json(Station station) {
        StationSpec spec = station.spec();
        QuietHours quiet = spec.quietHours();
        return new JsonObject()
                .put("id", station.id())
                .put("code", spec.code())
                .put("name", spec.name())
                .put("commune_code", spec.communeCode())
                .put("languages", new JsonArray(spec.languages()))
                .put("time_zone", spec.timeZone())
                .put("windows", windowsToJson(spec.windows()))
                .put("minutes_per_week", spec.windows().stream().mapToInt(BroadcastWindow::minutes).sum())
                .put("quiet_hours", new JsonObject()
                        .put("not_before", MinuteOfDay.format(quiet.notBeforeMinute()))
                        .put("not_after", quiet.hasEveningLimit() ? MinuteOfDay.format(quiet.notAfterMinute()) : null))
                .put("quiet_hours_waiver", spec.quietHoursWaiver())
                .put("warnings", warnings(spec))
                .put("created_at", station.createdAt().toString())
                .put("updated_at", station.updatedAt().toString())
                .put("merged_into_station_id", station.mergedIntoStationId());
    }

    private static JsonArray warnings(StationSpec spec) {
        JsonArray warnings = new JsonArray();
        StationRules.quietHoursWarnings(spec).forEach(p -> warnings.add(p.toJson()));
        return warnings;
    }

    /** What the audit log keeps of a station: its settings, without timestamps. */
    static JsonObject audited(Station station) {
        JsonObject json = json(station);
        json.remove("created_at");
        json.remove("updated_at");
        json.remove("warnings");
        return json;
    }

    static JsonArray windowsToJson(List<BroadcastWindow> windows) {
        Map<String, JsonObject> groups = new LinkedHashMap<>();
        windows.stream()
                .sorted((a, b) -> a.startMinute() != b.startMinute() ? Integer.compare(a.startMinute(), b.startMinute())
                        : a.day().compareTo(b.day()))
                .forEach(w -> groups.computeIfAbsent(w.startMinute() + "-" + w.endMinute(), k -> new JsonObject()
                                .put("days", new JsonArray())
                                .put("start", MinuteOfDay.format(w.startMinute()))
                                .put("end", MinuteOfDay.format(w.endMinute())))
                        .getJsonArray("days").add(Weekdays.wireName(w.day())));
        return new JsonArray(new ArrayList<>(groups.values()));
    }
}
