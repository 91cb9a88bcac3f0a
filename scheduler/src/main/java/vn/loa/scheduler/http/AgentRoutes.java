package vn.loa.scheduler.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import vn.loa.proof.AttestedRecord;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.Secrets;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.agents.ScheduleTags;
import vn.loa.scheduler.agents.StationAgents;
import vn.loa.scheduler.asrun.AsRunClaim;
import vn.loa.scheduler.asrun.AsRunIngest;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.domain.DateText;
import vn.loa.scheduler.domain.Heartbeat;
import vn.loa.scheduler.publishing.ScheduleChanges;
import vn.loa.scheduler.store.AsyncStore;

/**
 * The agent protocol's verbs on the wire: parse, call {@link StationAgents}, render. The long poll is the
 * transport's own: held on the event loop, answered when the schedule changes or the wait is over.
 */
final class AgentRoutes {

    private final AsyncStore store;
    private final StationAgents agents;
    private final Clock clock;
    private final ScheduleChanges changes;
    private final ScheduleTags tags;
    private final LiveFeed live;
    private final int maxLongPolls;
    /** Long polls held now, across the server's event loops. */
    private final AtomicInteger longPolls = new AtomicInteger();
    private final Meters meters;
    private final HeldRequests held;

    AgentRoutes(AsyncStore store, StationAgents agents, Clock clock, ScheduleChanges changes, ScheduleTags tags,
                int maxLongPolls, LiveFeed live, Meters meters, HeldRequests held) {
        this.live = live;
        this.held = held;
        this.meters = meters;
        meters.gauge("loa.longpolls.held", "agents' long polls held open now", longPolls::get);
        this.tags = tags;
        this.store = store;
        this.agents = agents;
        this.clock = clock;
        this.changes = changes;
        this.maxLongPolls = maxLongPolls;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("enrolAgent").addHandler(this::enrol);
        routes.getRoute("rotateAgentToken").addHandler(this::rotate);
        routes.getRoute("getStationSchedule").addHandler(this::schedule);
        routes.getRoute("awaitScheduleChange").addHandler(this::awaitChange);
        routes.getRoute("postHeartbeat").addHandler(this::heartbeat);
        routes.getRoute("getServerTime").addHandler(rc -> Respond.json(rc, 200, times(rc)));
        routes.getRoute("postAsRunRecords").addHandler(this::asRun);
    }

    private void enrol(RoutingContext rc) {
        String code = rc.body().asJsonObject().getString("code");
        String key = rc.body().asJsonObject().getString("public_key");
        String address = Principals.address(rc);
        store.blocking(() -> agents.enrol(code, address, key))
                .onSuccess(e -> Respond.json(rc, 200, new JsonObject().put("token", e.token())
                        .put("station", StationJson.toJson(e.station())).put("server_time", e.serverTime().toString())
                        .put("chain", e.chain())))
                .onFailure(rc::fail);
    }

    private void rotate(RoutingContext rc) {
        store.blocking(() -> agents.rotate(Principals.caller(rc)))
                .onSuccess(token -> Respond.json(rc, 200, new JsonObject().put("token", token)))
                .onFailure(rc::fail);
    }

    private void schedule(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        Caller caller = Principals.caller(rc);
        LocalDate from = DateText.day("from", rc.queryParams().get("from"), null);
        LocalDate to = DateText.day("to", rc.queryParams().get("to"), null);
        String held = rc.request().getHeader("If-None-Match");
        // an unchanged answer the server remembers was given before the contract (UnchangedSchedule)
        long generation = tags.generation();
        store.blocking(() -> agents.schedule(caller, id, from, to))
                .compose(schedule -> {
                    JsonObject body = ScheduleJson.toJson(schedule);
                    String etag = "\"" + Secrets.sha256(body.encode()).substring(0, 32) + "\"";
                    if (caller.principal() instanceof Principal.Station own && own.stationId() == id) {
                        tags.keep(id, from, to, schedule, etag, generation);
                    }
                    if (etag.equals(held)) {
                        rc.response().setStatusCode(304).putHeader("ETag", etag).end();
                        return Future.succeededFuture();
                    }
                    rc.response().putHeader("ETag", etag);
                    return store.blocking(() -> {
                        agents.delivered(caller, id, schedule.from(), schedule.to());
                        return null;
                    }).onComplete(x -> {
                        Respond.json(rc, 200, body.put("server_time", clock.instant().toString()));
                        // a notice in it is now "received" on its page
                        live.publish("station:" + id);
                        live.publish("notices");
                    }).mapEmpty();
                })
                .onFailure(rc::fail);
    }

    /**
     * A long poll: answers at once when the station's schedule version is not {@code after}, else when
     * it changes, else after {@code wait} seconds with {@code changed: false}. Held on the event loop
     * (no thread per waiting agent), so thousands of online agents cost little.
     */
    private void awaitChange(RoutingContext rc) {
        long asked = Long.parseLong(rc.pathParam("id"));
        String after = rc.queryParams().get("after");
        long waitMillis = Long.parseLong(rc.queryParams().get("wait") == null ? "25" : rc.queryParams().get("wait")) * 1000;
        Caller caller = Principals.caller(rc);
        store.blocking(() -> agents.requireStation(caller, asked)).onSuccess(id -> {
            if (longPolls.incrementAndGet() > maxLongPolls) {
                // as many agents wait as the server will hold: this one hears "no change" now and polls again
                longPolls.decrementAndGet();
                Respond.json(rc, 200, new JsonObject().put("version", changes.version(id)).put("changed", false));
                return;
            }
            var context = rc.vertx().getOrCreateContext();
            AtomicBoolean answered = new AtomicBoolean();
            BiConsumer<String, Boolean> answer = (version, changed) -> context.runOnContext(v -> {
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
            // a stopping server answers "no change" now: the agent asks again, of an instance still running
            Runnable release = held.hold(() -> {
                rc.vertx().cancelTimer(timer);
                cancel.run();
                answer.accept(changes.version(id), false);
            });
            rc.addEndHandler(ended -> release.run());
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
        Heartbeat heartbeat = new Heartbeat(b.getString("agent_version"), b.getLong("clock_offset_ms"),
                b.getLong("free_disk_bytes"), b.getString("cache_state"), b.getString("audio_state"),
                b.getString("last_error"), b.getLong("outbox_backlog"), b.getLong("resident_bytes"),
                b.getLong("clock_uncertainty_ms"), b.getString("relay_state"));
        store.blocking(() -> {
            agents.heartbeat(Principals.caller(rc), id, heartbeat);
            return id;
        })
                .onSuccess(x -> {
                    Respond.json(rc, 200, times(rc));
                    meters.heard(id);
                    live.publish("station:" + id);
                })
                .onFailure(rc::fail);
    }

    /** When the request arrived and, as late as possible, when the answer leaves (NTP's receive and transmit times). */
    private JsonObject times(RoutingContext rc) {
        return new JsonObject().put("received_at", ReceivedAt.of(rc).toString()).put("server_time", clock.instant().toString());
    }

    /**
     * Acknowledges every record it holds after commit, including ones it already had (sent again); each
     * refused record is listed with its reason (see {@link AsRunIngest}).
     */
    private void asRun(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        JsonArray records = rc.body().asJsonObject().getJsonArray("records");
        List<AsRunClaim> claims = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            JsonObject o = records.getJsonObject(i);
            String at = "records/" + i + "/";
            claims.add(new AsRunClaim(o.getLong("sequence"), o.getLong("item_id"), o.getLong("program_id"),
                    o.getLong("campaign_id"), o.getLong("notice_id"), o.getString("content_sha256"),
                    DateText.instant(at + "planned_start", o.getString("planned_start"), null),
                    DateText.instant(at + "actual_start", o.getString("actual_start"), null),
                    DateText.instant(at + "actual_end", o.getString("actual_end"), null),
                    o.getDouble("seconds_played", 0.0), o.getString("outcome"), o.getString("reason"),
                    o.getLong("clock_offset_ms"), o.getLong("clock_uncertainty_ms"), o.getLong("start_margin_ms"),
                    o.getBoolean("fallback", false), relayOf(o), sealOf(id, o)));
        }
        store.blocking(() -> agents.asRun(Principals.caller(rc), id, claims))
                .onSuccess(answer -> {
                    JsonArray refused = new JsonArray();
                    answer.refused().forEach(x -> refused.add(x.toJson()));
                    Respond.json(rc, 200, new JsonObject().put("acknowledged", new JsonArray(answer.acknowledged()))
                            .put("stored", answer.stored()).put("refused", refused));
                    meters.heard(id);
                    meters.recordsStored(answer.stored());
                    if (answer.stored() > 0) {
                        live.publish("station:" + id);
                        if (claims.stream().anyMatch(c -> c.noticeId() != null)) {
                            live.publish("notices");
                        }
                    }
                })
                .onFailure(rc::fail);
    }

    /** What the agent attested and signed, read from the same JSON as the claim; null for an unsigned record. */
    private static AsRunClaim.Seal sealOf(long stationId, JsonObject o) {
        if (o.getString("signature") == null && o.getString("prev_hash") == null) {
            return null;
        }
        try {
            return new AsRunClaim.Seal(AttestedRecord.fromWire(stationId, o.getMap()), o.getString("signature"),
                    o.getString("rendered_print"), o.getString("heard_print"));
        } catch (IllegalArgumentException unreadable) {
            // refused as not signed, with the others going on
            return new AsRunClaim.Seal(null, o.getString("signature"), null, null);
        }
    }

    /** A relay's part of a record, when it is one. */
    private static AsRunRecord.Relay relayOf(JsonObject o) {
        Long relayId = o.getLong("relay_id");
        return relayId == null ? null : new AsRunRecord.Relay(relayId, o.getLong("relay_source_id"),
                o.getInteger("dropouts", 0), o.getDouble("dropout_seconds", 0.0), o.getString("relay_fallback"));
    }
}
