package vn.loa.scheduler.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.LocalDate;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.domain.DateText;
import vn.loa.scheduler.domain.reports.Bucket;
import vn.loa.scheduler.domain.reports.LogCursor;
import vn.loa.scheduler.domain.reports.LogFilter;
import vn.loa.scheduler.domain.reports.Place;
import vn.loa.scheduler.reports.ExportFormat;
import vn.loa.scheduler.reports.FrequencyMatrix;
import vn.loa.scheduler.reports.Letterhead;
import vn.loa.scheduler.reports.ReportDocument;
import vn.loa.scheduler.reports.RelayComplianceReport;
import vn.loa.scheduler.reports.ReportTables;
import vn.loa.scheduler.reports.Reports;
import vn.loa.scheduler.store.AsyncStore;

/**
 * The supervisors' numbers on the wire: parse, call {@link Reports} on the report pool, render as JSON
 * or as an export ({@code format=csv|xlsx|pdf}) from the same figures.
 */
final class ReportRoutes {

    private static final int DEFAULT_PAGE = 100;

    private final AsyncStore store;
    private final Reports reports;

    ReportRoutes(AsyncStore store, Reports reports) {
        this.store = store;
        this.reports = reports;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("listAsRunLog").addHandler(this::log);
        routes.getRoute("getFrequency").addHandler(this::frequency);
        routes.getRoute("getCompliance").addHandler(this::compliance);
        routes.getRoute("getRelayCompliance").addHandler(this::relayCompliance);
        routes.getRoute("listSilentStations").addHandler(this::silent);
        routes.getRoute("getMonitoringReport").addHandler(this::monitoring);
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
        static Answer json(JsonObject json) {
            return new Answer(json.encode(), null, null);
        }

        static Answer export(ExportFormat format, ReportDocument document) {
            return new Answer(null, format, format.render(document));
        }
    }

    private void log(RoutingContext rc) {
        Caller caller = Principals.caller(rc);
        LocalDate to = DateText.day("to", rc.queryParams().get("to"), reports.today());
        LocalDate from = DateText.day("from", rc.queryParams().get("from"), to.minusDays(6));
        int limit = (int) Math.min(Integer.MAX_VALUE, number(rc, "limit") == null ? DEFAULT_PAGE : number(rc, "limit"));
        LogCursor after = LogCursor.parse(rc.queryParams().get("after"));
        LogFilter filter = new LogFilter(rc.queryParams().get("unit"), number(rc, "station_id"), number(rc, "program_id"),
                number(rc, "campaign_id"), rc.queryParams().get("outcome"), from, to);
        ExportFormat format = format(rc);
        store.reporting(() -> format != null
                        ? Answer.export(format, ReportTables.log(reports.logExport(caller, filter, after), from, to))
                        : Answer.json(ReportJson.logPage(reports.logPage(caller, filter, after, limit))))
                .onSuccess(answer -> respond(rc, answer, "nhat-ky-phat")).onFailure(rc::fail);
    }

    private void frequency(RoutingContext rc) {
        Caller caller = Principals.caller(rc);
        LocalDate to = DateText.day("to", rc.queryParams().get("to"), reports.today());
        LocalDate from = DateText.day("from", rc.queryParams().get("from"), to.minusDays(6));
        Bucket bucket = Bucket.parse(rc.queryParams().get("bucket"));
        Place place = Place.parse(rc.queryParams().get("place"));
        ExportFormat format = format(rc);
        boolean matrix = "matrix".equals(rc.queryParams().get("layout"));
        store.reporting(() -> {
            Reports.Frequency f = reports.frequency(caller, rc.queryParams().get("unit"), from, to, bucket, place,
                    number(rc, "campaign_id"), number(rc, "program_id"));
            if (format != null) {
                return Answer.export(format, matrix ? (format == ExportFormat.PDF
                        ? FrequencyMatrix.forPrint(f.cells(), from, to) : FrequencyMatrix.of(f.cells(), from, to))
                        : ReportTables.frequency(f.cells(), from, to));
            }
            JsonArray rows = new JsonArray();
            f.cells().forEach(c -> rows.add(ReportJson.cell(c)));
            return Answer.json(new JsonObject().put("from", from.toString()).put("to", to.toString())
                    .put("bucket", bucket.wireName())
                    .put("place", place.wireName()).put("unit", f.unit()).put("rows", rows));
        }).onSuccess(answer -> respond(rc, answer, "tan-suat-phat")).onFailure(rc::fail);
    }

    private void compliance(RoutingContext rc) {
        Caller caller = Principals.caller(rc);
        long campaignId = number(rc, "campaign_id");
        double threshold = rc.queryParams().get("threshold") == null ? 0.8 : Double.parseDouble(rc.queryParams().get("threshold"));
        LocalDate from = DateText.day("from", rc.queryParams().get("from"), null);
        LocalDate to = DateText.day("to", rc.queryParams().get("to"), null);
        ExportFormat format = format(rc);
        store.reporting(() -> {
            Reports.CampaignCompliance c = reports.compliance(caller, rc.queryParams().get("unit"), campaignId, from, to,
                    threshold);
            return format != null ? Answer.export(format, ReportTables.compliance(c.report()))
                    : Answer.json(ReportJson.compliance(c.report(), c.unit(), threshold, c.sound()));
        }).onSuccess(answer -> respond(rc, answer, "thuc-hien-ke-hoach")).onFailure(rc::fail);
    }

    /** A relay source's compliance (or one of its slots'); by default over the last seven days. */
    private void relayCompliance(RoutingContext rc) {
        Caller caller = Principals.caller(rc);
        long sourceId = number(rc, "source_id");
        Long slotId = number(rc, "slot_id");
        double threshold = rc.queryParams().get("threshold") == null ? 0.8 : Double.parseDouble(rc.queryParams().get("threshold"));
        LocalDate to = DateText.day("to", rc.queryParams().get("to"), reports.today());
        LocalDate from = DateText.day("from", rc.queryParams().get("from"), to.minusDays(6));
        ExportFormat format = format(rc);
        store.reporting(() -> {
            RelayComplianceReport.Report report = reports.relayCompliance(caller, rc.queryParams().get("unit"), sourceId, slotId,
                    from, to, threshold);
            return format != null ? Answer.export(format, ReportTables.relayCompliance(report))
                    : Answer.json(ReportJson.relayCompliance(report, rc.queryParams().get("unit"), threshold));
        }).onSuccess(answer -> respond(rc, answer, "thuc-hien-tiep-am")).onFailure(rc::fail);
    }

    /** The monitoring report; by default from the first of January to today. */
    private void monitoring(RoutingContext rc) {
        Caller caller = Principals.caller(rc);
        LocalDate to = DateText.day("to", rc.queryParams().get("to"), reports.today());
        LocalDate from = DateText.day("from", rc.queryParams().get("from"), to.withDayOfYear(1));
        ExportFormat format = format(rc);
        store.reporting(() -> {
            Reports.Monitoring m = reports.monitoring(caller, rc.queryParams().get("unit"), from, to);
            return format != null ? Answer.export(format, ReportTables.monitoring(m.figures(), m.scopeName())
                            .withLetterhead(letterhead(rc, m.scopeName())))
                    : Answer.json(ReportJson.monitoring(m.figures(), m.scopeName()));
        }).onSuccess(answer -> respond(rc, answer, "bao-cao-giam-sat")).onFailure(rc::fail);
    }

    /** The administrative form the supervisor filled on the report page; blanks are left to write by hand. */
    private Letterhead letterhead(RoutingContext rc, String scopeName) {
        var q = rc.queryParams();
        return Letterhead.of(scopeName, reports.today(), q.get("agency"), q.get("number"), q.get("place"), q.get("recipients"),
                q.get("signer_title"), q.get("signer_name"));
    }

    /** Stations marked silent now (by the check every five minutes), longest silent first. */
    private void silent(RoutingContext rc) {
        Caller caller = Principals.caller(rc);
        store.reporting(() -> {
            JsonArray items = new JsonArray();
            for (Reports.Silent s : reports.silent(caller, rc.queryParams().get("unit"))) {
                items.add(new JsonObject().put("station_id", s.station().id()).put("station_code", s.station().spec().code())
                        .put("station_name", s.station().spec().name()).put("silent_since", s.silence().since().toString())
                        .put("reason", s.silence().reason()).put("reason_vi", s.silence().reason().equals("no_heartbeat")
                                ? "Không nhận được tín hiệu từ phần mềm tại đài" : "Có lịch nhưng không phát"));
            }
            return Answer.json(new JsonObject().put("items", items));
        }).onSuccess(answer -> respond(rc, answer, "dai-im-lang")).onFailure(rc::fail);
    }

    private static void respond(RoutingContext rc, Answer answer, String fileName) {
        if (answer.format() == null) {
            rc.response().putHeader("Content-Type", "application/json; charset=utf-8").end(answer.json());
            return;
        }
        rc.response().putHeader("Content-Type", answer.format().contentType)
                .putHeader("Content-Disposition", "attachment; filename=\"" + fileName + "." + answer.format().extension + "\"")
                .end(Buffer.buffer(answer.file()));
    }
}
