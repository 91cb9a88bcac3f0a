package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.MinuteOfDay;
import vn.loa.scheduler.domain.QuietHours;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.domain.Weekdays;
import vn.loa.scheduler.registry.StationSummary;

/**
 * Stations on the wire. Windows travel grouped the way people think of them ("Mon–Fri 06:00–06:30")
 * as {@code {"days":["MON",…],"start":"06:00","end":"06:30"}}; the store keeps one row per weekday.
 */
final class StationJson {

    private StationJson() {
    }

    static JsonObject toJson(Station station) {
        return StationSummary.json(station);
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
            return null; // the station keeps its own, or a new one takes its province's
        }
        String notBefore = quiet.getString("not_before");
        String notAfter = quiet.getString("not_after");
        return new QuietHours(
                notBefore == null ? QuietHours.DEFAULT.notBeforeMinute() : MinuteOfDay.parse(notBefore).orElseThrow(),
                notAfter == null ? QuietHours.DEFAULT.notAfterMinute() : MinuteOfDay.parse(notAfter).orElseThrow());
    }
}
