package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.planning.CampaignRecord;
import vn.loa.scheduler.domain.reports.Bucket;
import vn.loa.scheduler.reports.ComplianceReport;
import vn.loa.scheduler.reports.ExportFormat;
import vn.loa.scheduler.reports.ReportDocument;
import vn.loa.scheduler.reports.ReportTables;
import vn.loa.scheduler.domain.reports.FrequencyCell;
import vn.loa.scheduler.reports.FrequencyTargets;
import vn.loa.scheduler.domain.reports.LogFilter;
import vn.loa.scheduler.domain.reports.LogRow;
import vn.loa.scheduler.domain.reports.Place;
import vn.loa.scheduler.store.AsyncStore;
import vn.loa.scheduler.store.Repositories;

import vn.loa.scheduler.access.Scope;
/**
 * The supervisors' numbers (DESIGN §7): the as-run log, airing frequency and campaign compliance, each
 * as JSON or as CSV for Excel ({@code format=csv}), always within the caller's scope.
 */
final class ReportRoutes {

    private static final int MAX_PAGE = 1000;
    /** A CSV export holds at most this many log rows; a longer period is exported in parts. */
    private static final int MAX_EXPORT_ROWS = 200_000;

    private final AsyncStore store;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration silentAfter;

    ReportRoutes(AsyncStore store, Clock clock, ZoneId zone, Duration silentAfter) {
        this.store = store;
        this.clock = clock;
        this.zone = zone;
        this.silentAfter = silentAfter;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("listAsRunLog").addHandler(this::log);
        routes.getRoute("getFrequency").addHandler(this::frequency);
        routes.getRoute("getCompliance").addHandler(this::compliance);
        routes.getRoute("listSilentStations").addHandler(this::silent);
        routes.getRoute("getMonitoringReport").addHandler(this::monitoring);
    }

    /** The unit the report covers: the one asked for, within the caller's scope; by default the scope itself. */
    static String unit(Repositories r, Principal principal, String asked) {
        if (asked == null) {
            return Scope.listFilter(principal);
        }
        if (r.orgUnits().findByCode(asked).isEmpty()) {
            throw DomainException.notFound("đơn vị", "Unit", asked);
        }
        Scope.requireUnit(r, principal, asked);
        return asked;
    }

    private LocalDate today() {
        // from the instant, not clock.withZone: a test clock (and any Clock) need not support zones
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private static Long number(RoutingContext rc, String name) {
        String value = rc.queryParams().get(name);
        return value == null ? null : Long.valueOf(value);
    }

    private static ExportFormat format(RoutingContext rc) {
        return ExportFormat.parse(rc.queryParams().get("format"));
    }

    /** What a report answers: JSON, or an export rendered from the same figures. */
    private record Answer(String json, ExportFormat format, byte[] file) {
        static Answer json(String json) {
            return new Answer(json, null, null);
        }

        static Answer export(ExportFormat format, ReportDocument document) {
            return new Answer(null, format, format.render(document));
        }
    }

    private void log(RoutingContext rc) {
        Principal principal = Principals.of(rc);
        LocalDate to = Params.day("to", rc.queryParams().get("to"), today());
        LocalDate from = Params.day("from", rc.queryParams().get("from"), to.minusDays(6));
        int limit = (int) Math.min(MAX_PAGE, number(rc, "limit") == null ? 100 : number(rc, "limit"));
        Cursor after = Cursor.parse(rc.queryParams().get("after"));
        store.report(r -> {
            LogFilter filter = new LogFilter(unit(r, principal, rc.queryParams().get("unit")), number(rc, "station_id"),
                    number(rc, "program_id"), number(rc, "campaign_id"), rc.queryParams().get("outcome"), from, to);
            if (format(rc) != null) {
                List<LogRow> all = new ArrayList<>();
                Cursor page = after;
                while (all.size() < MAX_EXPORT_ROWS) {
                    List<LogRow> rows = r.reports().log(filter, page == null ? null : page.day(), page == null ? 0 : page.id(),
                            MAX_PAGE);
                    all.addAll(rows);
                    if (rows.size() < MAX_PAGE) {
                        break;
                    }
                    page = Cursor.parse(rows.get(rows.size() - 1).cursor());
                }
                return Answer.export(format(rc), ReportTables.log(all, from, to));
            }
            List<LogRow> rows = r.reports().log(filter, after == null ? null : after.day(), after == null ? 0 : after.id(),
                    limit + 1);
            JsonArray items = new JsonArray();
            rows.stream().limit(limit).forEach(row -> items.add(ReportJson.logRow(row)));
            JsonObject body = new JsonObject().put("from", from.toString()).put("to", to.toString()).put("items", items)
                    .put("next", rows.size() > limit ? rows.get(limit - 1).cursor() : null);
            if (after == null) {
                body.put("not_reported", ReportJson.gaps(r, filter.unitCode(), filter.stationId()));
            }
            return Answer.json(body.encode());
        }).onSuccess(answer -> respond(rc, answer, "nhat-ky-phat")).onFailure(rc::fail);
    }

    private void frequency(RoutingContext rc) {
        Principal principal = Principals.of(rc);
        LocalDate to = Params.day("to", rc.queryParams().get("to"), today());
        LocalDate from = Params.day("from", rc.queryParams().get("from"), to.minusDays(6));
        Bucket bucket = Bucket.parse(rc.queryParams().get("bucket"));
        Place place = Place.parse(rc.queryParams().get("place"));
        Long campaignId = number(rc, "campaign_id");
        Long programId = number(rc, "program_id");
        store.report(r -> {
            String unit = unit(r, principal, rc.queryParams().get("unit"));
            List<FrequencyCell> cells = r.reports().frequency(unit, from, to, bucket, place, campaignId, programId);
            if (campaignId != null) {
                cells = withTargets(r, cells, unit, campaignId, programId, bucket, place, from, to);
            }
            if (format(rc) != null) {
                return Answer.export(format(rc), "matrix".equals(rc.queryParams().get("layout"))
                        ? ReportTables.frequencyMatrix(cells, from, to) : ReportTables.frequency(cells, from, to));
            }
            JsonArray rows = new JsonArray();
            cells.forEach(c -> rows.add(ReportJson.cell(c)));
            return Answer.json(new JsonObject().put("from", from.toString()).put("to", to.toString())
                    .put("bucket", bucket.name().toLowerCase(java.util.Locale.ROOT))
                    .put("place", place.name().toLowerCase(java.util.Locale.ROOT)).put("unit", unit).put("rows", rows).encode());
        }).onSuccess(answer -> respond(rc, answer, "tan-suat-phat")).onFailure(rc::fail);
    }

    /** The campaign's target beside each cell, and the cells with a target and nothing aired. */
    private static List<FrequencyCell> withTargets(Repositories r, List<FrequencyCell> cells, String unit, long campaignId,
                                                   Long programId, Bucket bucket, Place place, LocalDate from, LocalDate to) {
        CampaignRecord campaign = r.planning().findCampaign(campaignId).orElseThrow(() ->
                DomainException.notFound("kế hoạch phát sóng", "Campaign", String.valueOf(campaignId)));
        java.util.Set<Long> targetedIds = r.planning().stationsOf(campaign.spec().targetUnits(), campaign.spec().targetStations());
        List<vn.loa.scheduler.domain.Station> targeted = r.stations().list(unit).stream()
                .filter(s -> targetedIds.contains(s.id())).toList();
        java.util.Map<Long, FrequencyTargets.PlaceOf> placeOf = new java.util.HashMap<>();
        java.util.Map<String, String> communeNames = new java.util.HashMap<>();
        java.util.Map<Long, String[]> above = place == Place.DISTRICT || place == Place.PROVINCE ? r.reports().places(place)
                : java.util.Map.of();
        for (var s : targeted) {
            FrequencyTargets.PlaceOf p = switch (place) {
                case STATION -> new FrequencyTargets.PlaceOf(s.spec().code(), s.spec().name());
                // a commune's stations share its name: looked up once per commune, not once per station
                case COMMUNE -> new FrequencyTargets.PlaceOf(s.spec().communeCode(), communeNames.computeIfAbsent(
                        s.spec().communeCode(), code -> r.orgUnits().findByCode(code).map(u -> u.name()).orElse(code)));
                default -> above.containsKey(s.id()) ? new FrequencyTargets.PlaceOf(above.get(s.id())[0], above.get(s.id())[1])
                        : new FrequencyTargets.PlaceOf("—", "—");
            };
            placeOf.put(s.id(), p);
        }
        List<vn.loa.scheduler.reports.Compliance.ProgramInput> programs = ComplianceReport.programs(r, campaign).stream()
                .filter(p -> programId == null || p.id() == programId).toList();
        java.util.Map<Long, String> titles = new java.util.HashMap<>();
        programs.forEach(p -> r.programs().find(p.id()).ifPresent(found -> titles.put(p.id(), found.title())));
        return FrequencyTargets.apply(cells, campaign.spec().target(), campaign.spec().from(), campaign.spec().to(),
                campaign.publishedAt(), targeted,
                placeOf, programs, titles, bucket, from, to);
    }

    private void compliance(RoutingContext rc) {
        Principal principal = Principals.of(rc);
        long campaignId = number(rc, "campaign_id");
        double threshold = rc.queryParams().get("threshold") == null ? 0.8 : Double.parseDouble(rc.queryParams().get("threshold"));
        store.report(r -> {
            String unit = unit(r, principal, rc.queryParams().get("unit"));
            CampaignRecord campaign = r.planning().findCampaign(campaignId).orElseThrow(() ->
                    DomainException.notFound("kế hoạch phát sóng", "Campaign", String.valueOf(campaignId)));
            LocalDate from = Params.day("from", rc.queryParams().get("from"), campaign.spec().from());
            LocalDate to = Params.day("to", rc.queryParams().get("to"), campaign.spec().to());
            ComplianceReport.Report report = ComplianceReport.build(r, campaign, r.stations().list(unit), from, to, today(),
                    threshold, clock.instant(), silentAfter);
            return format(rc) != null ? Answer.export(format(rc), ReportTables.compliance(report))
                    : Answer.json(ReportJson.compliance(report, unit, threshold).encode());
        }).onSuccess(answer -> respond(rc, answer, "thuc-hien-ke-hoach")).onFailure(rc::fail);
    }

    /** The monitoring report; by default from the first of January to today. */
    private void monitoring(RoutingContext rc) {
        Principal principal = Principals.of(rc);
        LocalDate to = Params.day("to", rc.queryParams().get("to"), today());
        LocalDate from = Params.day("from", rc.queryParams().get("from"), to.withDayOfYear(1));
        store.report(r -> {
            String unit = unit(r, principal, rc.queryParams().get("unit"));
            var figures = vn.loa.scheduler.reports.MonitoringReport.build(r, unit, from, to, today(), zone, clock.instant(),
                    silentAfter);
            String scopeName = unit == null ? "Toàn hệ thống" : r.orgUnits().findByCode(unit).map(u -> u.name()).orElse(unit);
            return format(rc) != null ? Answer.export(format(rc), ReportTables.monitoring(figures, scopeName))
                    : Answer.json(ReportJson.monitoring(figures, scopeName).encode());
        }).onSuccess(answer -> respond(rc, answer, "bao-cao-giam-sat")).onFailure(rc::fail);
    }

    /** Stations marked silent now (by the check every five minutes), longest silent first. */
    private void silent(RoutingContext rc) {
        Principal principal = Principals.of(rc);
        store.report(r -> {
            String unit = unit(r, principal, rc.queryParams().get("unit"));
            java.util.Map<Long, vn.loa.scheduler.domain.Station> stations = new java.util.HashMap<>();
            r.stations().list(unit).forEach(s -> stations.put(s.id(), s));
            JsonArray items = new JsonArray();
            for (var silent : r.silence().silentWithin(unit)) {
                var station = stations.get(silent.stationId());
                items.add(new JsonObject().put("station_id", silent.stationId()).put("station_code", station.spec().code())
                        .put("station_name", station.spec().name()).put("silent_since", silent.since().toString())
                        .put("reason", silent.reason()).put("reason_vi", silent.reason().equals("no_heartbeat")
                                ? "Không nhận được tín hiệu từ máy phát" : "Có lịch nhưng không phát"));
            }
            return Answer.json(new JsonObject().put("items", items).encode());
        }).onSuccess(answer -> respond(rc, answer, "dai-im-lang")).onFailure(rc::fail);
    }

    private static void respond(RoutingContext rc, Answer answer, String fileName) {
        if (answer.format() == null) {
            rc.response().putHeader("Content-Type", "application/json; charset=utf-8").end(answer.json());
            return;
        }
        rc.response().putHeader("Content-Type", answer.format().contentType)
                .putHeader("Content-Disposition", "attachment; filename=\"" + fileName + "." + answer.format().extension + "\"")
                .end(io.vertx.core.buffer.Buffer.buffer(answer.file()));
    }

    /** A log page's position: the (day, id) of its last row. */
    record Cursor(LocalDate day, long id) {
        static Cursor parse(String text) {
            if (text == null) {
                return null;
            }
            int cut = text.indexOf('_');
            try {
                return new Cursor(LocalDate.parse(text.substring(0, cut)), Long.parseLong(text.substring(cut + 1)));
            } catch (RuntimeException e) {
                throw new DomainException(DomainException.Kind.INVALID, "invalid_request",
                        "Con trỏ trang 'after' không hợp lệ: " + text, "The page cursor 'after' is not valid: " + text,
                        new JsonObject().put("field", "after"));
            }
        }
    }
}
