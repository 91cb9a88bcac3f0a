package vn.loa.scheduler.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.loa.scheduler.domain.Heartbeat;
import vn.loa.scheduler.domain.Site;
import vn.loa.scheduler.domain.SiteState;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.store.Repositories;

/**
 * Every station of a scope as it stands now, the first list an officer or supervisor reads: its state (silent
 * when any of its sites is, so the one to call shows), its sites by state, when it was last heard and what its
 * agent last said (outbox backlog, clock). Stations merged into a new commune's are listed through it.
 */
public record StationsNow(List<Row> rows) {

    /**
     * @param lastHeardAt the latest heartbeat of any of its sites; null when none was ever heard
     * @param last        what the agent said then; null when never heard
     */
    public record Row(Station station, SiteState state, Map<SiteState, Integer> sites, List<Place> places, Instant lastHeardAt,
                      Heartbeat last) {
    }

    /**
     * A site in service, where it stands: the map draws the ones with coordinates, the schematic every one.
     *
     * @param latitude null when the site has no coordinates
     */
    public record Place(String code, String name, SiteState state, Double latitude, Double longitude) {
    }

    static StationsNow of(Repositories r, String unitCode, Instant now, Duration silentAfter) {
        List<Row> rows = new ArrayList<>();
        for (Station station : r.stations().list(unitCode)) {
            if (station.mergedIntoStationId() != null) {
                continue;
            }
            Map<SiteState, Integer> sites = new EnumMap<>(SiteState.class);
            List<Place> places = new ArrayList<>();
            for (Site site : r.sites().listForStation(station.id())) {
                SiteState state = SiteState.of(site, now, silentAfter);
                if (state != SiteState.RETIRED) {
                    sites.merge(state, 1, Integer::sum);
                    boolean located = site.spec().latitude() != null && site.spec().longitude() != null;
                    places.add(new Place(site.spec().code(), site.spec().name(), state,
                            located ? site.spec().latitude() : null, located ? site.spec().longitude() : null));
                }
            }
            var beat = r.agentReports().heartbeats(station.id(), 1).stream().findFirst();
            rows.add(new Row(station, stateOf(sites), sites, List.copyOf(places), beat.map(Map.Entry::getKey).orElse(null),
                    beat.map(Map.Entry::getValue).orElse(null)));
        }
        // silent first, then never heard: the stations to call come first
        rows.sort(Comparator.comparingInt((Row row) -> rank(row.state())).thenComparing(row -> row.station().spec().name()));
        return new StationsNow(List.copyOf(rows));
    }

    private static SiteState stateOf(Map<SiteState, Integer> sites) {
        if (sites.getOrDefault(SiteState.SILENT, 0) > 0) {
            return SiteState.SILENT;
        }
        return sites.getOrDefault(SiteState.ONLINE, 0) > 0 ? SiteState.ONLINE : SiteState.NEVER_HEARD;
    }

    private static int rank(SiteState state) {
        return switch (state) {
            case SILENT -> 0;
            case NEVER_HEARD -> 1;
            default -> 2;
        };
    }
}
