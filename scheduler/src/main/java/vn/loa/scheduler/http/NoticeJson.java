package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loa.scheduler.domain.NoticeAiring;
import vn.loa.scheduler.domain.NoticeHeader;

/** Urgent notices as the API shows them: the notice, its progress per airing, and what to warn about. */
final class NoticeJson {

    private NoticeJson() {
    }

    static JsonObject header(NoticeHeader n) {
        return new JsonObject().put("id", n.id()).put("title", n.title()).put("program_id", n.programId())
                .put("program_title", n.programTitle()).put("issued_by_unit_code", n.issuedByUnitCode())
                .put("issued_at", n.issuedAt().toString()).put("air_at", n.airAt() == null ? null : n.airAt().toString())
                .put("override_windows", n.overrideWindows()).put("repeat", n.repeat()).put("interval_minutes", n.intervalMinutes())
                .put("cancelled_at", n.cancelledAt() == null ? null : n.cancelledAt().toString())
                .put("cancelled_by", n.cancelledBy());
    }

    /** The notice with its counts (and, when {@code detailed}, every airing). */
    static JsonObject withProgress(NoticeHeader n, List<NoticeAiring> airings, boolean detailed) {
        Map<NoticeAiring.Status, Integer> counts = new EnumMap<>(NoticeAiring.Status.class);
        Set<Long> stations = new HashSet<>();
        Set<Long> neverConnected = new HashSet<>();
        Set<Long> silent = new HashSet<>();
        JsonArray rows = new JsonArray();
        for (NoticeAiring a : airings) {
            counts.merge(a.status(), 1, Integer::sum);
            stations.add(a.stationId());
            if (a.neverConnected()) {
                neverConnected.add(a.stationId());
            } else if (a.silent()) {
                silent.add(a.stationId());
            }
            if (detailed) {
                rows.add(airing(a));
            }
        }
        JsonObject progress = new JsonObject().put("stations", stations.size());
        for (NoticeAiring.Status s : NoticeAiring.Status.values()) {
            progress.put(s.name().toLowerCase(), counts.getOrDefault(s, 0));
        }
        JsonObject json = header(n).put("progress", progress)
                .put("warnings", warnings(stations.size(), neverConnected.size(), silent.size()));
        return detailed ? json.put("airings", rows) : json;
    }

    private static JsonObject airing(NoticeAiring a) {
        return new JsonObject().put("station_id", a.stationId()).put("station_code", a.stationCode())
                .put("station_name", a.stationName()).put("never_connected", a.neverConnected()).put("silent", a.silent())
                .put("item_id", a.itemId()).put("planned_start", text(a.plannedStart()))
                .put("received_at", text(a.deliveredAt())).put("actual_start", text(a.actualStart()))
                .put("actual_end", text(a.actualEnd())).put("outcome", a.outcome()).put("reason", a.reason())
                .put("withdrawn_at", text(a.withdrawnAt())).put("withdrawn_reason", a.withdrawnReason())
                .put("status", a.status().wireName()).put("status_vi", a.status().vietnamese())
                .put("status_en", a.status().english());
    }

    /**
     * What a planner must know before and after issuing: stations that never connected an agent will
     * not air it; silent ones may not hear of it in time.
     */
    static JsonArray warnings(int stations, int neverConnected, int silent) {
        JsonArray warnings = new JsonArray();
        if (neverConnected > 0) {
            warnings.add(warning("never_connected", neverConnected, stations,
                    "đài chưa từng kết nối phần mềm tại đài: thông báo sẽ không được phát ở đó.",
                    "stations have never connected an agent: the notice will not air there."));
        }
        if (silent > 0) {
            warnings.add(warning("silent", silent, stations,
                    "đài đang im lặng (mất liên lạc): có thể không nhận được thông báo kịp thời.",
                    "stations are silent (out of contact): they may not receive the notice in time."));
        }
        return warnings;
    }

    /** "2 trong 5 đài …" / "2 of 5 stations …". */
    private static JsonObject warning(String code, int count, int stations, String vi, String en) {
        return new JsonObject().put("code", code).put("stations", count)
                .put("message", count + " trong " + stations + " " + vi).put("message_en", count + " of " + stations + " " + en);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
