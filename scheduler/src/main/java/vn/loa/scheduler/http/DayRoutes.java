package vn.loa.scheduler.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.config.MapTiles;
import vn.loa.scheduler.domain.DateText;
import vn.loa.scheduler.domain.Heartbeat;
import vn.loa.scheduler.domain.Outcome;
import vn.loa.scheduler.domain.SiteState;
import vn.loa.scheduler.domain.reports.DaySummary;
import vn.loa.scheduler.reports.Reports;
import vn.loa.scheduler.reports.SitesToday;
import vn.loa.scheduler.reports.StationsNow;
import vn.loa.scheduler.reports.WeekGrid;
import vn.loa.scheduler.store.AsyncStore;
import vn.loa.scheduler.store.ReportRepository;

/**
 * The dashboard's day ({@code GET /api/v1/reports/today}): what the scope planned and aired so far, and
 * its urgent notices. "Today" is the server's day in the stations' zone, never the browser's: a commune
 * office PC's clock is often wrong.
 */
final class DayRoutes {

    private final AsyncStore store;
    private final Reports reports;
    private final Clock clock;
    /** the stations map's background; null when none is configured */
    private final MapTiles mapTiles;

    DayRoutes(AsyncStore store, Reports reports, Clock clock, MapTiles mapTiles) {
        this.mapTiles = mapTiles;
        this.store = store;
        this.reports = reports;
        this.clock = clock;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("getDaySummary").addHandler(this::day);
        routes.getRoute("getWeekGrid").addHandler(this::week);
        routes.getRoute("getStationsNow").addHandler(rc -> {
            Instant now = clock.instant();
            store.reporting(() -> reports.stationsNow(Principals.caller(rc), rc.queryParams().get("unit"), now))
                    .onSuccess(list -> Respond.json(rc, 200, stationsNow(list, now).put("map_tiles", mapTiles == null ? null
                            : new JsonObject().put("url", mapTiles.urlTemplate()).put("attribution", mapTiles.attribution()))))
                    .onFailure(rc::fail);
        });
    }

    private static JsonObject stationsNow(StationsNow list, Instant now) {
        JsonArray items = new JsonArray();
        for (StationsNow.Row row : list.rows()) {
            Heartbeat last = row.last();
            items.add(new JsonObject().put("station_id", row.station().id()).put("code", row.station().spec().code())
                    .put("name", row.station().spec().name()).put("commune_code", row.station().spec().communeCode())
                    .put("state", row.state().wireName()).put("state_vi", row.state().vietnamese())
                    .put("sites", counts(row.sites())).put("places", places(row.places()))
                    .put("last_heard_at", row.lastHeardAt() == null ? null : row.lastHeardAt().toString())
                    .put("outbox_backlog", last == null ? null : last.outboxBacklog())
                    .put("clock_offset_ms", last == null ? null : last.clockOffsetMillis())
                    .put("clock_uncertainty_ms", last == null ? null : last.clockUncertaintyMillis())
                    .put("agent_version", last == null ? null : last.agentVersion())
                    .put("last_error", last == null ? null : last.lastError()));
        }
        return new JsonObject().put("now", now.toString()).put("items", items);
    }

    private static JsonArray places(List<StationsNow.Place> places) {
        JsonArray json = new JsonArray();
        for (StationsNow.Place p : places) {
            json.add(new JsonObject().put("code", p.code()).put("name", p.name()).put("state", p.state().wireName())
                    .put("latitude", p.latitude()).put("longitude", p.longitude()));
        }
        return json;
    }

    private void week(RoutingContext rc) {
        Caller caller = Principals.caller(rc);
        Instant now = clock.instant();
        LocalDate from = DateText.day("from", rc.queryParams().get("from"), reports.today());
        String station = rc.queryParams().get("station_id");
        store.reporting(() -> reports.week(caller, rc.queryParams().get("unit"), station == null ? null : Long.parseLong(station),
                from, now)).onSuccess(grid -> Respond.json(rc, 200, weekJson(grid, now))).onFailure(rc::fail);
    }

    private static JsonObject weekJson(WeekGrid grid, Instant now) {
        JsonArray rows = new JsonArray();
        for (WeekGrid.Row row : grid.rows()) {
            JsonArray days = new JsonArray();
            for (WeekGrid.Day day : row.days()) {
                JsonArray blocks = new JsonArray();
                for (WeekGrid.Block b : day.blocks()) {
                    blocks.add(new JsonObject().put("item_id", b.relay() ? null : b.id())
                            .put("relay_id", b.relay() ? b.id() : null).put("planned_start", b.plannedStart().toString())
                            .put("duration_ms", b.durationMillis()).put("title", b.title()).put("notice", b.notice())
                            .put("relay", b.relay()).put("outcome", b.outcome()));
                }
                days.add(new JsonObject().put("day", day.day().toString()).put("blocks", blocks));
            }
            rows.add(new JsonObject().put("station_id", row.stationId()).put("site_id", row.siteId()).put("code", row.code())
                    .put("name", row.name()).put("days", days));
        }
        return new JsonObject().put("from", grid.from().toString()).put("to", grid.to().toString()).put("title", grid.title())
                .put("by_site", grid.bySite()).put("now", now.toString()).put("more", grid.more()).put("rows", rows);
    }

    private void day(RoutingContext rc) {
        Caller caller = Principals.caller(rc);
        Instant now = clock.instant();
        LocalDate day = DateText.day("day", rc.queryParams().get("day"), reports.today());
        store.reporting(() -> reports.day(caller, rc.queryParams().get("unit"), day, now))
                .onSuccess(summary -> Respond.json(rc, 200, json(summary, now)))
                .onFailure(rc::fail);
    }

    private static JsonObject json(Reports.Today today, Instant now) {
        JsonArray stations = new JsonArray();
        for (SitesToday.StationSites s : today.sites().stations()) {
            stations.add(counts(s.states()).put("station_id", s.station().id()).put("station_code", s.station().spec().code())
                    .put("station_name", s.station().spec().name()));
        }
        JsonArray broken = new JsonArray();
        for (ReportRepository.BrokenChain b : today.brokenChains()) {
            broken.add(new JsonObject().put("station_id", b.stationId()).put("station_code", b.code()).put("station_name", b.name())
                    .put("first_sequence", b.firstSequence()).put("breaks", b.breaks()).put("since", b.since().toString()));
        }
        return json(today.summary(), now).put("sites", counts(today.sites().total()).put("stations", stations))
                .put("broken_chains", broken);
    }

    /** Sites by state: {@code in_service} and one count per state word (online, silent, never_heard). */
    private static JsonObject counts(Map<SiteState, Integer> states) {
        JsonObject counts = new JsonObject().put("in_service", states.values().stream().mapToInt(Integer::intValue).sum());
        states.forEach((state, n) -> counts.put(state.wireName(), n));
        return counts;
    }

    private static JsonObject json(DaySummary s, Instant now) {
        JsonArray notices = new JsonArray();
        for (DaySummary.NoticeProgress n : s.notices()) {
            notices.add(new JsonObject().put("id", n.id()).put("title", n.title()).put("issued_at", n.issuedAt().toString())
                    .put("stations", n.stations()).put("items", n.items()).put("due", n.due()).put("played", n.played())
                    .put("in_progress", n.inProgress()));
        }
        JsonObject outcomes = new JsonObject();
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome.wireName(), s.outcome(outcome.wireName()));
        }
        return new JsonObject().put("day", s.day().toString()).put("server_time", now.toString())
                .put("planned", s.planned()).put("due", s.due()).put("outcomes", outcomes).put("notices", notices)
                .put("stations", new JsonObject().put("total", s.stations()).put("never_connected", s.neverConnected()));
    }
}
