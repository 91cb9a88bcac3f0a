package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import vn.loa.scheduler.domain.Outcome;
import vn.loa.scheduler.domain.reports.Evidence;
import vn.loa.scheduler.domain.reports.FrequencyCell;
import vn.loa.scheduler.domain.reports.LogRow;
import vn.loa.scheduler.reports.Compliance;
import vn.loa.scheduler.reports.ComplianceReport;
import vn.loa.scheduler.reports.MonitoringReport;
import vn.loa.scheduler.relays.RelayJson;
import vn.loa.scheduler.reports.RelayCompliance;
import vn.loa.scheduler.reports.RelayComplianceReport;
import vn.loa.scheduler.reports.Reports;
import vn.loa.scheduler.store.AgentReportRepository;
import vn.loa.scheduler.store.ReportRepository;

/** The reports as JSON. */
final class ReportJson {

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
                .put("outcome_vi", Outcome.vietnamese(r.outcome())).put("reason", r.reason()).put("item_id", r.itemId())
                .put("fallback", r.fallback()).put("evidence", r.evidence()).put("evidence_vi", Evidence.vietnamese(r.evidence()))
                .put("level_flag", r.levelFlag()).put("level_flag_vi", Evidence.levelVietnamese(r.levelFlag()));
        if (r.relay() != null) {
            o.put("relay", new JsonObject().put("relay_id", r.relay().relayId()).put("source_name", r.relay().sourceName())
                    .put("dropouts", r.relay().dropouts()).put("dropout_seconds", r.relay().dropoutSeconds())
                    .put("fallback", r.relay().fallback()));
        }
        if (r.plannedStart() != null && r.actualStart() != null) {
            o.put("start_error_ms", Duration.between(r.plannedStart(), r.actualStart()).toMillis());
            // measured to within this, by the agent's own account of its clock; absent: nobody bounded it
            o.put("start_error_bound_ms", r.clockUncertaintyMillis());
            o.put("start_margin_ms", r.startMarginMillis());
        }
        return o;
    }

    /** A log page; its first page also names the stations whose records are not reported yet. */
    static JsonObject logPage(Reports.LogPage page) {
        JsonArray items = new JsonArray();
        page.rows().forEach(row -> items.add(logRow(row)));
        JsonObject body = new JsonObject().put("from", page.from().toString()).put("to", page.to().toString())
                .put("items", items).put("next", page.next());
        if (page.notReported() != null) {
            body.put("not_reported", notReported(page.notReported()));
        }
        return body;
    }

    /**
     * Stations whose records have sequence gaps: those records are "chưa báo cáo" (not reported yet),
     * which is not "không phát" (not aired).
     */
    private static JsonArray notReported(List<Reports.NotReported> stations) {
        JsonArray gaps = new JsonArray();
        for (Reports.NotReported n : stations) {
            AgentReportRepository.SequenceState state = n.sequences();
            gaps.add(new JsonObject().put("station_id", n.station().id()).put("station_code", n.station().spec().code())
                    .put("station_name", n.station().spec().name()).put("received", state.received())
                    .put("last_sequence", state.lastSequence())
                    .put("missing_count", state.missingCount())
                    .put("missing", new JsonArray(state.missing()))
                    .put("gaps", gaps(state))
                    .put("label", "Chưa báo cáo / not reported yet"));
        }
        return gaps;
    }

    /** Missing sequences as ranges, each of one enrolment (one PC's agent) of the station. */
    static JsonArray gaps(AgentReportRepository.SequenceState state) {
        JsonArray ranges = new JsonArray();
        state.gaps().forEach(g -> ranges.add(new JsonObject().put("enrolment", g.enrolmentId()).put("from", g.from())
                .put("to", g.to())));
        return ranges;
    }

    static JsonArray enrolments(AgentReportRepository.SequenceState state) {
        JsonArray list = new JsonArray();
        state.enrolments().forEach(e -> list.add(new JsonObject().put("enrolment", e.enrolmentId())
                .put("received", e.received()).put("first_sequence", e.firstSequence())
                .put("last_sequence", e.lastSequence())));
        return list;
    }

    static JsonObject cell(FrequencyCell c) {
        return new JsonObject().put("program_id", c.programId()).put("program_title", c.programTitle())
                .put("place_code", c.placeCode()).put("place_name", c.placeName()).put("bucket_start", c.bucketStart().toString())
                .put("airings", c.airings()).put("partial", c.partial()).put("missed", c.missed())
                .put("seconds_aired", c.secondsAired()).put("target", c.target());
    }

    static JsonObject compliance(ComplianceReport.Report report, String unit, double threshold,
                                 Map<Long, ReportRepository.SoundCount> sound) {
        Compliance.Result r = report.result();
        JsonArray stations = new JsonArray();
        int played = 0;
        int matched = 0;
        for (Compliance.StationResult s : r.stations()) {
            ReportRepository.SoundCount count = sound.getOrDefault(s.stationId(), new ReportRepository.SoundCount(0, 0));
            played += count.played();
            matched += count.matched();
            stations.add(station(s).put("sound_matched", count.matched()).put("sound_share", count.share()));
        }
        JsonArray below = new JsonArray();
        r.below().forEach(s -> below.add(station(s)));
        return new JsonObject().put("campaign", CampaignJson.toJson(report.campaign())).put("unit", unit)
                .put("from", report.from().toString()).put("to", report.to().toString()).put("threshold", threshold)
                .put("targeted", r.targeted()).put("achieved", r.achieved()).put("compliance", r.compliance())
                .put("window_days", r.windowDays()).put("days_with_airing", r.daysWithAiring()).put("days_share", r.daysShare())
                .put("sound_matched", matched).put("sound_share", new ReportRepository.SoundCount(played, matched).share())
                .put("stations", stations).put("below_threshold", below);
    }

    static JsonObject relayCompliance(RelayComplianceReport.Report report, String unit, double threshold) {
        RelayCompliance.Result r = report.result();
        JsonArray stations = new JsonArray();
        r.stations().forEach(s -> stations.add(relayStation(s)));
        JsonArray below = new JsonArray();
        r.below().forEach(s -> below.add(relayStation(s)));
        return new JsonObject().put("source", RelayJson.source(report.source()))
                .put("slot", report.slot() == null ? null : RelayJson.slot(report.slot())).put("unit", unit)
                .put("from", report.from().toString()).put("to", report.to().toString()).put("threshold", threshold)
                .put("due", r.due()).put("played", r.played()).put("compliance", r.compliance())
                .put("minutes_heard", r.minutesHeard()).put("fallbacks", r.fallbacks())
                .put("stations", stations).put("below_threshold", below);
    }

    private static JsonObject relayStation(RelayCompliance.StationResult s) {
        return new JsonObject().put("station_id", s.stationId()).put("station_code", s.code()).put("station_name", s.name())
                .put("due", s.due()).put("played", s.played()).put("partial", s.partial()).put("failed", s.failed())
                .put("not_reported", s.notReported()).put("fallbacks", s.fallbacks()).put("dropouts", s.dropouts())
                .put("minutes_heard", s.minutesHeard()).put("compliance", s.compliance()).put("silent", s.silent())
                .put("reason", s.reason() == null ? null : s.reason().wireName())
                .put("reason_vi", s.reason() == null ? null : s.reason().vietnamese());
    }

    static JsonObject monitoring(MonitoringReport.Figures f, String scopeName) {
        JsonArray produced = new JsonArray();
        f.produced().forEach(p -> produced.add(new JsonObject().put("unit_code", p.unitCode()).put("unit_name", p.unitName())
                .put("topic", p.topic()).put("language", p.language()).put("programs", p.programs())
                .put("minutes", Math.round(p.durationMillis() / 6_000.0) / 10.0)));
        JsonArray aired = new JsonArray();
        f.aired().forEach(a -> aired.add(new JsonObject().put("program_id", a.programId()).put("title", a.title())
                .put("airings", a.airings()).put("stations", a.stations()).put("minutes", Math.round(a.seconds() / 6.0) / 10.0)
                .put("portal_listens", f.portalListens().getOrDefault(a.programId(), 0L))));
        JsonArray campaigns = new JsonArray();
        f.campaigns().forEach(c -> campaigns.add(new JsonObject().put("campaign_id", c.campaign().id())
                .put("name", c.campaign().spec().name()).put("stations", c.result().stations().size())
                .put("targeted", c.result().targeted()).put("achieved", c.result().achieved())
                .put("compliance", c.result().compliance()).put("days_share", c.result().daysShare())
                .put("sound_matched", c.sound().matched()).put("sound_share", c.sound().share())));
        JsonArray relays = new JsonArray();
        f.relays().forEach(l -> relays.add(new JsonObject().put("source_id", l.source().id()).put("name", l.source().name())
                .put("stations", l.result().stations().size()).put("due", l.result().due()).put("played", l.result().played())
                .put("compliance", l.result().compliance()).put("fallbacks", l.result().fallbacks())
                .put("minutes_heard", l.result().minutesHeard())));
        JsonArray mismatches = new JsonArray();
        f.mismatches().forEach(m -> mismatches.add(new JsonObject().put("station_id", m.stationId()).put("station_code", m.code())
                .put("station_name", m.name()).put("mismatches", m.mismatches()).put("heard_mismatches", m.heardMismatches())
                .put("aired_silence", m.silences()).put("too_quiet", m.quiet()).put("last_day", m.lastDay().toString())));
        JsonArray silent = new JsonArray();
        f.silent().forEach(s -> silent.add(new JsonObject().put("station_id", s.stationId())
                .put("station_code", f.stationById().containsKey(s.stationId())
                        ? f.stationById().get(s.stationId()).spec().code() : null)
                .put("silent_since", s.since().toString()).put("reason", s.reason())));
        return new JsonObject().put("unit", f.unitCode()).put("scope_name", scopeName).put("from", f.from().toString())
                .put("to", f.to().toString()).put("programs_produced", f.programsProduced())
                .put("minutes_produced", f.minutesProduced()).put("produced", produced).put("programs_aired", f.aired().size())
                .put("aired", aired).put("airings", f.airings()).put("airtime_minutes", f.totalMinutes())
                .put("airtime", new JsonObject().put("relay_minutes", f.relayMinutes()).put("program_minutes", f.programMinutes())
                        .put("notice_minutes", f.noticeMinutes()).put("relays", f.split().relays())
                        .put("relays_played", f.split().relaysPlayed()))
                .put("evidence", new JsonObject().put("played", f.split().programsPlayed())
                        .put("sound_matched", f.split().soundMatched()).put("sound_not_matched", f.split().soundNotMatched())
                        .put("matched_share", f.split().matchedShare()))
                .put("stations", f.stations()).put("stations_covered", f.stationsCovered())
                .put("communes_covered", f.communesCovered()).put("stations_airing_daily", f.stationsAiringDaily())
                .put("daily_share", f.dailyShare()).put("campaigns", campaigns).put("relays", relays)
                .put("silent_stations", silent).put("sound_mismatches", mismatches);
    }

    private static JsonObject station(Compliance.StationResult s) {
        return new JsonObject().put("station_id", s.stationId()).put("station_code", s.code()).put("station_name", s.name())
                .put("targeted", s.targeted()).put("achieved", s.achieved()).put("compliance", s.compliance())
                .put("window_days", s.windowDays()).put("days_with_airing", s.daysWithAiring()).put("missed", s.missed())
                .put("partial", s.partial()).put("not_reported", s.notReported()).put("silent", s.silent())
                .put("reason", s.reason() == null ? null : s.reason().name().toLowerCase(Locale.ROOT))
                .put("reason_vi", s.reason() == null ? null : s.reason().vietnamese());
    }
}
