package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.MinuteOfDay;
import vn.loa.scheduler.domain.QuietHours;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.domain.Weekdays;

/**
 * Stations on the wire. Windows travel grouped the way people think of them ("Mon–Fri 06:00–06:30")
 * as {@code {"days":["MON",…],"start":"06:00","end":"06:30"}}; the store keeps one row per weekday.
 */
final class StationJson {

    private StationJson() {
    }

    static JsonObject toJson(Station station) {
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
                .put("created_at", station.createdAt().toString())
                .put("updated_at", station.updatedAt().toString());
    }

    static StationSpec fromJson(JsonObject body) {
        JsonArray languages = body.getJsonArray("languages", new JsonArray().add("vi"));
        List<String> languageList = new ArrayList<>();
        languages.forEach(l -> languageList.add((String) l));
        return new StationSpec(
                body.getString("code"),
                body.getString("name"),
                body.getString("commune_code"),
                languageList,
                body.getString("time_zone", StationSpec.DEFAULT_TIME_ZONE),
                windowsFromJson(body.getJsonArray("windows", new JsonArray())),
                quietHoursFromJson(body.getJsonObject("quiet_hours")),
                body.getString("quiet_hours_waiver"));
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

    /** The schema has checked the shapes: days are MON…SUN, times are HH:MM up to 24:00. */
    static List<BroadcastWindow> windowsFromJson(JsonArray groups) {
        List<BroadcastWindow> windows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            JsonObject group = groups.getJsonObject(i);
            int start = MinuteOfDay.parse(group.getString("start")).orElseThrow();
            int end = MinuteOfDay.parse(group.getString("end")).orElseThrow();
            for (Object day : group.getJsonArray("days")) {
                DayOfWeek dayOfWeek = Weekdays.parse((String) day).orElseThrow();
                windows.add(new BroadcastWindow(dayOfWeek, start, end));
            }
        }
        return windows;
    }

    private static QuietHours quietHoursFromJson(JsonObject quiet) {
        if (quiet == null) {
            return QuietHours.DEFAULT;
        }
        String notBefore = quiet.getString("not_before");
        String notAfter = quiet.getString("not_after");
        return new QuietHours(
                notBefore == null ? QuietHours.DEFAULT.notBeforeMinute() : MinuteOfDay.parse(notBefore).orElseThrow(),
                notAfter == null ? MinuteOfDay.END_OF_DAY : MinuteOfDay.parse(notAfter).orElseThrow());
    }
}
