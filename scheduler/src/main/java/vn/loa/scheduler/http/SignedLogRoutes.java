package vn.loa.scheduler.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import vn.loa.proof.ChainWalk;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.domain.DateText;
import vn.loa.scheduler.domain.proof.SignedRecord;
import vn.loa.scheduler.reports.Reports;
import vn.loa.scheduler.reports.SignedLogs;
import vn.loa.scheduler.store.AsyncStore;

/** A station's signed chains as its page shows them, and the signed log as JSON lines for {@code verify-log}. */
final class SignedLogRoutes {

    private final AsyncStore store;
    private final SignedLogs logs;
    private final Reports reports;

    SignedLogRoutes(AsyncStore store, SignedLogs logs, Reports reports) {
        this.store = store;
        this.logs = logs;
        this.reports = reports;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("getStationChains").addHandler(this::chains);
        routes.getRoute("exportSignedLog").addHandler(this::export);
    }

    private void chains(RoutingContext rc) {
        Caller caller = Principals.caller(rc);
        long id = Long.parseLong(rc.pathParam("id"));
        store.reporting(() -> logs.of(caller, id)).onSuccess(c -> Respond.json(rc, 200, json(c))).onFailure(rc::fail);
    }

    private static JsonObject json(SignedLogs.StationChains c) {
        JsonArray chains = new JsonArray();
        for (SignedLogs.Chain chain : c.chains()) {
            JsonArray breaks = new JsonArray();
            for (ChainWalk.Break b : chain.breaks()) {
                breaks.add(new JsonObject().put("kind", b.kind().name().toLowerCase()).put("sequence", b.sequence())
                        .put("last_sequence", b.lastSequence()).put("message", b.vietnamese()).put("message_en", b.english()));
            }
            chains.add(new JsonObject().put("public_key", chain.publicKey())
                    .put("key_tail", chain.publicKey().substring(Math.max(0, chain.publicKey().length() - 10)))
                    .put("enrolments", new JsonArray(chain.enrolments()))
                    .put("started_at", chain.startedAt() == null ? null : chain.startedAt().toString())
                    .put("records", chain.records()).put("refused", chain.refused()).put("first_sequence", chain.firstSequence())
                    .put("last_sequence", chain.lastSequence()).put("intact", chain.breaks().isEmpty()).put("breaks", breaks));
        }
        return new JsonObject().put("station_id", c.station().id()).put("station_code", c.station().spec().code())
                .put("broken", c.broken()).put("unsigned", c.unsigned()).put("chains", chains);
    }

    /** JSON lines: one signed record a line, as {@code verify-log} reads them; by default the last seven days. */
    private void export(RoutingContext rc) {
        Caller caller = Principals.caller(rc);
        LocalDate to = DateText.day("to", rc.queryParams().get("to"), reports.today());
        LocalDate from = DateText.day("from", rc.queryParams().get("from"), to.minusDays(6));
        String station = rc.queryParams().get("station_id");
        store.reporting(() -> {
            StringBuilder lines = new StringBuilder();
            for (SignedRecord s : logs.export(caller, rc.queryParams().get("unit"), station == null ? null : Long.valueOf(station),
                    from, to)) {
                JsonObject line = new JsonObject().put("station_id", s.stationId()).put("station_code", s.stationCode())
                        .put("enrolment_id", s.enrolmentId()).put("public_key", s.publicKey());
                s.attested().toWire().forEach(line::put);
                line.put("signature", s.signature()).put("refused", s.refused());
                lines.append(line.encode()).append('\n');
            }
            return lines.toString();
        }).onSuccess(body -> rc.response().putHeader("Content-Type", "application/x-ndjson; charset=utf-8")
                .putHeader("Content-Disposition", "attachment; filename=\"nhat-ky-co-chu-ky-" + from + "-" + to + ".jsonl\"")
                .end(Buffer.buffer(body.getBytes(StandardCharsets.UTF_8)))).onFailure(rc::fail);
    }
}
