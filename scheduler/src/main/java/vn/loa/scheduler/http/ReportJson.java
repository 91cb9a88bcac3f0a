package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import vn.loa.scheduler.reports.Compliance;
import vn.loa.scheduler.reports.ComplianceReport;
import vn.loa.scheduler.reports.FrequencyCell;
import vn.loa.scheduler.reports.LogRow;
import vn.loa.scheduler.reports.Outcomes;
import vn.loa.scheduler.store.AgentReportRepository;
import vn.loa.scheduler.store.Repositories;

/** The reports as JSON. */
final class ReportJson {

    private static final int GAPS_SHOWN = 20;

    private ReportJson() {
    }

    static JsonObject logRow(LogRow r) {
        JsonObject o = new JsonObject().put("id", r.id()).put("station_id", r.stationId()).put("station_code", r.stationCode())
                .put("station_name", r.stationName()).put("day", r.day().toString()).put("sequence", r.sequence())
                .put("program_id", r.programId()).put("program_title", r.programTitle()).put("campaign_id", r.campaignId())
                .put("campaign_name", r.campaignName())
                .put("planned_start", r.plannedStart() == null ? null : r.plannedStart().toString())
                .put("actual_start", r.actualStart() == null ? null : r.actualStart().toString())
                .put("actual_end", r.actualEnd() == null ? null : r.actualEnd().toString())
                .put("seconds_played", r.secondsPlayed()).put("outcome", r.outcome())
                .put("outcome_vi", Outcomes.vietnamese(r.outcome())).put("reason", r.reason());
        if (r.plannedStart() != null && r.actualStart() != null) {
            o.put("start_error_ms", Duration.between(r.plannedStart(), r.actualStart()).toMillis());
        }
        return o;
    }

    /**
     * Stations whose records have sequence gaps: those records are "chưa báo cáo" (not reported yet),
     * which is not "không phát" (not aired).
     */
    static JsonArray gaps(Repositories r, String unitCode, Long stationId) {
        JsonArray gaps = new JsonArray();
        for (var s : r.stations().list(unitCode)) {
            if (stationId != null && s.id() != stationId) {
                continue;
            }
            AgentReportRepository.SequenceState state = r.agentReports().sequences(s.id(), GAPS_SHOWN);
            if (!state.missing().isEmpty()) {
                gaps.add(new JsonObject().put("station_id", s.id()).put("station_code", s.spec().code())
                        .put("station_name", s.spec().name()).put("received", state.received())
                        .put("last_sequence", state.lastSequence())
                        .put("missing_count", state.lastSequence() - state.received())
                        .put("missing", new JsonArray(state.missing()))
                        .put("label", "Chưa báo cáo / not reported yet"));
            }
        }
        return gaps;
    }

    static JsonObject cell(FrequencyCell c) {
        return new JsonObject().put("program_id", c.programId()).put("program_title", c.programTitle())
                .put("place_code", c.placeCode()).put("place_name", c.placeName()).put("bucket_start", c.bucketStart().toString())
                .put("airings", c.airings()).put("partial", c.partial()).put("missed", c.missed())
                .put("seconds_aired", c.secondsAired());
    }

    static JsonObject compliance(ComplianceReport.Report report, String unit, double threshold) {
        Compliance.Result r = report.result();
        JsonArray stations = new JsonArray();
        r.stations().forEach(s -> stations.add(station(s)));
        JsonArray below = new JsonArray();
        r.below().forEach(s -> below.add(station(s)));
        return new JsonObject().put("campaign", CampaignJson.toJson(report.campaign())).put("unit", unit)
                .put("from", report.from().toString()).put("to", report.to().toString()).put("threshold", threshold)
                .put("targeted", r.targeted()).put("achieved", r.achieved()).put("compliance", r.compliance())
                .put("window_days", r.windowDays()).put("days_with_airing", r.daysWithAiring()).put("days_share", r.daysShare())
                .put("stations", stations).put("below_threshold", below);
    }

    private static JsonObject station(Compliance.StationResult s) {
        return new JsonObject().put("station_id", s.stationId()).put("station_code", s.code()).put("station_name", s.name())
                .put("targeted", s.targeted()).put("achieved", s.achieved()).put("compliance", s.compliance())
                .put("window_days", s.windowDays()).put("days_with_airing", s.daysWithAiring()).put("missed", s.missed())
                .put("partial", s.partial()).put("not_reported", s.notReported()).put("silent", s.silent())
                .put("reason", s.reason() == null ? null : s.reason().name().toLowerCase(java.util.Locale.ROOT))
                .put("reason_vi", s.reason() == null ? null : s.reason().vi);
    }
}
