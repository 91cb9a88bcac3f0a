package vn.loa.scheduler.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.scheduler.domain.Outcome;
import vn.loa.scheduler.domain.relay.RelayAiring;

/**
 * One line per published relay from its records: the station's relay is the best any of its sites reported (a
 * relay heard at two sites of a merged commune is one relay of the station), as for items.
 */
final class RelayOutcomes {

    private RelayOutcomes() {
    }

    /** In the order given (time order), one per relay: its best record, or the relay alone when none came. */
    static List<RelayAiring> best(List<RelayAiring> rows) {
        Map<Long, RelayAiring> best = new LinkedHashMap<>();
        for (RelayAiring a : rows) {
            best.merge(a.relayId(), a, RelayOutcomes::stronger);
        }
        return new ArrayList<>(best.values());
    }

    private static RelayAiring stronger(RelayAiring a, RelayAiring b) {
        return strength(b) > strength(a) ? b : a;
    }

    private static int strength(RelayAiring a) {
        return Outcome.strengthOf(a.outcome());
    }
}
