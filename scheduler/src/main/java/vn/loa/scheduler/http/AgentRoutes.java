package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.asrun.AsRunClaim;
import vn.loa.scheduler.asrun.AsRunIngest;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.access.Secrets;
import vn.loa.scheduler.access.StationCredentials;
import vn.loa.scheduler.domain.Heartbeat;
import vn.loa.scheduler.domain.ScheduledItem;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.publishing.ScheduleChanges;
import vn.loa.scheduler.registry.StationRegistry;
import vn.loa.scheduler.store.AsyncStore;

import vn.loa.scheduler.access.Scope;
/**
 * The agent protocol's verbs: enrol, rotate the token, pull the schedule, report a heartbeat, send
 * as-run records. Every station-addressed verb refuses (403, logged) a token of another station.
 */
final class AgentRoutes {

    private static final int DEFAULT_HORIZON_DAYS = 7;

    private final AsyncStore store;
    private final StationCredentials credentials;
    private final Clock clock;
    private final ScheduleChanges changes;
    private final AsRunIngest ingest;
    private final int maxLongPolls;
    /** Long polls held now, across the server's event loops. */
    private final java.util.concurrent.atomic.AtomicInteger longPolls = new java.util.concurrent.atomic.AtomicInteger();

    AgentRoutes(AsyncStore store, StationCredentials credentials, Clock clock, ScheduleChanges changes, AsRunIngest ingest,
                int maxLongPolls) {
        this.maxLongPolls = maxLongPolls;
        this.store = store;
        this.credentials = credentials;
        this.clock = clock;
        this.changes = changes;
        this.ingest = ingest;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("enrolAgent").addHandler(this::enrol);
        routes.getRoute("rotateAgentToken").addHandler(this::rotate);
        routes.getRoute("getStationSchedule").addHandler(this::schedule);
        routes.getRoute("awaitScheduleChange").addHandler(this::awaitChange);
        routes.getRoute("postHeartbeat").addHandler(this::heartbeat);
        routes.getRoute("postAsRunRecords").addHandler(this::asRun);
    }

    private void enrol(RoutingContext rc) {
        String code = rc.body().asJsonObject().getString("code");
        store.write(r -> {
            Instant now = clock.instant();
            StationCredentials.Issued issued = credentials.enrol(r, code, now);
            Station station = StationRegistry.find(r, issued.credential().stationId());
            Audit.record(r, new vn.loa.scheduler.access.Actor("station", String.valueOf(station.id()),
                            station.spec().code(), Principals.address(rc)), now, "station.enrol", "station",
                    String.valueOf(station.id()), station.spec().communeCode(), "token " + issued.credential().id());
            return new JsonObject().put("token", issued.secret()).put("station", StationJson.toJson(station))
                    .put("server_time", now.toString());
        })
                .onSuccess(body -> Respond.json(rc, 200, body))
                .onFailure(rc::fail);
    }

    private void rotate(RoutingContext rc) {
        Principal.Station station = (Principal.Station) Principals.of(rc);
        store.write(r -> {
            Instant now = clock.instant();
            StationCredentials.Issued issued = credentials.rotate(r, station, now);
            Audit.record(r, Principals.actor(rc), now, "station.token_rotate", "station",
                    String.valueOf(station.stationId()), station.communeCode(), "token " + issued.credential().id());
            return issued;
        })
                .onSuccess(issued -> Respond.json(rc, 200, new JsonObject().put("token", issued.secret())))
                .onFailure(rc::fail);
    }

    private void schedule(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        Principal principal = Principals.of(rc);
        store.read(r -> {
            Station station = StationRegistry.find(r, id);
            Scope.requireStation(r, principal, station);
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of(station.spec().timeZone()));
            LocalDate from = Params.day("from", rc.queryParams().get("from"), today);
            LocalDate to = Params.day("to", rc.queryParams().get("to"), from.plusDays(DEFAULT_HORIZON_DAYS - 1));
            JsonArray items = new JsonArray();
            for (ScheduledItem item : r.agentReports().scheduleItems(id, from, to)) {
                items.add(new JsonObject().put("id", item.id()).put("day", item.day().toString())
                        .put("position", item.position()).put("planned_start", item.plannedStart().toString())
                        .put("duration_ms", item.durationMillis()).put("program_id", item.programId())
                        .put("content_sha256", item.contentSha256()).put("campaign_id", item.campaignId())
                        .put("notice_id", item.noticeId()).put("reason", item.reason())
                        .put("program_title", item.programTitle()).put("campaign_name", item.campaignName())
                        .put("notice_title", item.noticeTitle()));
            }
            JsonArray withdrawn = new JsonArray();
            r.agentReports().withdrawnItems(id, from, to).forEach((itemId, reason) ->
                    withdrawn.add(new JsonObject().put("id", itemId).put("reason", reason)));
            return new JsonObject().put("station_id", id).put("from", from.toString()).put("to", to.toString())
                    .put("items", items).put("withdrawn", withdrawn);
        })
                .compose(body -> {
                    String etag = "\"" + Secrets.sha256(body.encode()).substring(0, 32) + "\"";
                    if (etag.equals(rc.request().getHeader("If-None-Match"))) {
                        rc.response().setStatusCode(304).putHeader("ETag", etag).end();
                        return io.vertx.core.Future.succeededFuture();
                    }
                    rc.response().putHeader("ETag", etag);
                    if (!(principal instanceof Principal.Station)) {
                        Respond.json(rc, 200, body.put("server_time", clock.instant().toString()));
                        return io.vertx.core.Future.succeededFuture();
                    }
                    // the station's agent now holds its urgent notices: the notice page says "received"
                    LocalDate from = LocalDate.parse(body.getString("from"));
                    LocalDate to = LocalDate.parse(body.getString("to"));
                    return store.write(r -> {
                        r.agentReports().markNoticesDelivered(id, from, to, clock.instant());
                        return null;
                    }).onComplete(x -> Respond.json(rc, 200, body.put("server_time", clock.instant().toString()))).mapEmpty();
                })
                .onFailure(rc::fail);
    }

    /**
     * A long poll: answers at once when the station's schedule version is not {@code after}, else when
     * it changes, else after {@code wait} seconds with {@code changed: false}. Held on the event loop
     * (no thread per waiting agent), so thousands of online agents cost little.
     */
    private void awaitChange(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        String after = rc.queryParams().get("after");
        long waitMillis = Long.parseLong(rc.queryParams().get("wait") == null ? "25" : rc.queryParams().get("wait")) * 1000;
        Principal principal = Principals.of(rc);
        store.read(r -> {
            Scope.requireStation(r, principal, StationRegistry.find(r, id));
            return id;
        }).onSuccess(x -> {
            if (longPolls.incrementAndGet() > maxLongPolls) {
                // as many agents wait as the server will hold: this one hears "no change" now and polls again
                longPolls.decrementAndGet();
                Respond.json(rc, 200, new JsonObject().put("version", changes.version(id)).put("changed", false));
                return;
            }
            var context = rc.vertx().getOrCreateContext();
            java.util.concurrent.atomic.AtomicBoolean answered = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.function.BiConsumer<String, Boolean> answer = (version, changed) -> context.runOnContext(v -> {
                if (answered.compareAndSet(false, true)) {
                    longPolls.decrementAndGet();
                    if (!rc.response().ended()) {
                        Respond.json(rc, 200, new JsonObject().put("version", version).put("changed", changed));
                    }
                }
            });
            Runnable cancel = changes.await(id, after, version -> answer.accept(version, true));
            if (answered.get()) {
                return;
            }
            long timer = rc.vertx().setTimer(Math.max(1, waitMillis), t -> {
                cancel.run();
                answer.accept(changes.version(id), false);
            });
            rc.response().closeHandler(v -> {
                if (answered.compareAndSet(false, true)) {
                    longPolls.decrementAndGet();
                }
                cancel.run();
                rc.vertx().cancelTimer(timer);
            });
        }).onFailure(rc::fail);
    }

    private void heartbeat(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        JsonObject b = rc.body().asJsonObject();
        Principal principal = Principals.of(rc);
        Heartbeat heartbeat = new Heartbeat(b.getString("agent_version"), b.getLong("clock_offset_ms"),
                b.getLong("free_disk_bytes"), b.getString("cache_state"), b.getString("audio_state"),
                b.getString("last_error"), b.getLong("outbox_backlog"), b.getLong("resident_bytes"));
        store.write(r -> {
            Scope.requireStation(r, principal, StationRegistry.find(r, id));
            r.agentReports().appendHeartbeat(id, heartbeat, clock.instant());
            return id;
        })
                // the agent measures its clock's offset against this; it is taken as late as possible
                .onSuccess(x -> Respond.json(rc, 200, new JsonObject().put("server_time", clock.instant().toString())))
                .onFailure(rc::fail);
    }

    /**
     * Acknowledges every record it holds after commit, including ones it already had (sent again); each
     * refused record is listed with its reason (see {@link AsRunIngest}).
     */
    private void asRun(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        JsonArray records = rc.body().asJsonObject().getJsonArray("records");
        Principal principal = Principals.of(rc);
        List<AsRunClaim> claims = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            JsonObject o = records.getJsonObject(i);
            String at = "records/" + i + "/";
            claims.add(new AsRunClaim(o.getLong("sequence"), o.getLong("item_id"), o.getLong("program_id"),
                    o.getLong("campaign_id"), o.getLong("notice_id"), o.getString("content_sha256"),
                    Params.instant(at + "planned_start", o.getString("planned_start"), null),
                    Params.instant(at + "actual_start", o.getString("actual_start"), null),
                    Params.instant(at + "actual_end", o.getString("actual_end"), null),
                    o.getDouble("seconds_played", 0.0), o.getString("outcome"), o.getString("reason")));
        }
        store.write(r -> {
            Station station = StationRegistry.find(r, id);
            Scope.requireStation(r, principal, station);
            // only the station's own agent reaches here (a token of another station was refused above)
            long enrolment = ((Principal.Station) principal).enrolmentId();
            return ingest.ingest(r, station, enrolment, Principals.actor(rc), claims, clock.instant());
        })
                .onSuccess(answer -> {
                    JsonArray refused = new JsonArray();
                    answer.refused().forEach(x -> refused.add(x.toJson()));
                    Respond.json(rc, 200, new JsonObject().put("acknowledged", new JsonArray(answer.acknowledged()))
                            .put("stored", answer.stored()).put("refused", refused));
                })
                .onFailure(rc::fail);
    }
}
