package vn.loa.scheduler.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.access.TokenCache;
import vn.loa.scheduler.agents.ScheduleTags;

/**
 * The commonest call of thousands of agents, a poll of the agent's own station's schedule naming the ETag its
 * answer still has, answered 304 here from memory (a token looked up in the last seconds, the station's last
 * built ETag): before the contract is searched, the request validated against it or the routes matched, which
 * cost many times the answer (issue 21). Whatever is not exactly that goes on down the chain, where the
 * contract and {@link AgentRoutes} treat it as they always did.
 */
final class UnchangedSchedule implements Handler<RoutingContext> {

    private static final Pattern PATH = Pattern.compile("/api/v1/stations/([1-9][0-9]{0,17})/schedule");

    private final TokenCache tokens;
    private final ScheduleTags tags;
    private final Clock clock;

    UnchangedSchedule(TokenCache tokens, ScheduleTags tags, Clock clock) {
        this.tokens = tokens;
        this.tags = tags;
        this.clock = clock;
    }

    @Override
    public void handle(RoutingContext rc) {
        String held = rc.request().getHeader("If-None-Match");
        String authorization = rc.request().getHeader("Authorization");
        if (held == null || authorization == null || rc.request().method() != HttpMethod.GET
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            rc.next();
            return;
        }
        Matcher path = PATH.matcher(rc.request().path());
        if (!path.matches()) {
            rc.next();
            return;
        }
        long id = Long.parseLong(path.group(1));
        Principal.Station station = tokens.find(authorization.substring(7).strip());
        if (station == null || station.stationId() != id) {
            rc.next();
            return;
        }
        MultiMap query = rc.queryParams();
        LocalDate from;
        LocalDate to;
        try {
            from = day(query.get("from"));
            to = day(query.get("to"));
        } catch (DateTimeParseException badDay) {
            rc.next();
            return;
        }
        if (query.size() > (query.contains("from") ? 1 : 0) + (query.contains("to") ? 1 : 0)
                || !held.equals(tags.current(id, from, to, clock.instant()))) {
            rc.next();
            return;
        }
        rc.put(Principals.KEY, station);
        rc.put(RequestMetrics.OPERATION, "getStationSchedule");
        rc.response().setStatusCode(304).putHeader("ETag", held).end();
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
