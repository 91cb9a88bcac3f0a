package vn.loa.scheduler.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.loa.scheduler.domain.Site;
import vn.loa.scheduler.domain.SiteState;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.store.Repositories;

/**
 * The playout sites of a scope as they stand now, for the first screen: how many of those in service are
 * heard, silent or never heard, and the stations with several sites (a merged commune's) with theirs.
 */
public record SitesToday(Map<SiteState, Integer> total, List<StationSites> stations) {

    /** A station with more than one site in service, and its sites by state. */
    public record StationSites(Station station, Map<SiteState, Integer> states) {

        public int inService() {
            return states.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int online() {
            return states.getOrDefault(SiteState.ONLINE, 0);
        }
    }

    static SitesToday of(Repositories r, String unitCode, Instant now, Duration silentAfter) {
        Map<SiteState, Integer> total = counts();
        List<StationSites> several = new ArrayList<>();
        for (Station station : r.stations().list(unitCode)) {
            Map<SiteState, Integer> states = counts();
            for (Site site : r.sites().listForStation(station.id())) {
                SiteState state = SiteState.of(site, now, silentAfter);
                if (state != SiteState.RETIRED) {
                    states.merge(state, 1, Integer::sum);
                    total.merge(state, 1, Integer::sum);
                }
            }
            StationSites s = new StationSites(station, states);
            if (s.inService() > 1) {
                several.add(s);
            }
        }
        // the stations with the most sites not heard first: those are the ones to call
        several.sort(Comparator.comparingInt((StationSites s) -> s.online() - s.inService())
                .thenComparing(s -> s.station().spec().name()));
        return new SitesToday(total, List.copyOf(several));
    }

    private static Map<SiteState, Integer> counts() {
        Map<SiteState, Integer> m = new EnumMap<>(SiteState.class);
        for (SiteState s : SiteState.values()) {
            if (s != SiteState.RETIRED) {
                m.put(s, 0);
            }
        }
        return m;
    }
}
