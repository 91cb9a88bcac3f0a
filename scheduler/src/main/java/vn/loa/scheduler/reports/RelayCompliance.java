package vn.loa.scheduler.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import vn.loa.scheduler.domain.Outcome;
import vn.loa.scheduler.domain.relay.RelayAiring;

/**
 * Compliance of a relay ("VOV1 every weekday morning", issue 18): of the relays of a source (or of one of its
 * slots) published in the stations' days and over by now, how many each station relayed in full (≥ 95 % of the
 * slot heard, net of urgent notices), with the partial, failed and unreported ones, how often the fallback aired,
 * the drop-outs and the minutes heard. A relay is counted once per station however many of its sites aired it:
 * the best report counts, as for programs. Pure: the caller reads the stations and their relays.
 */
public final class RelayCompliance {

    /** A relay this long past its end with no record is "not reported yet"; before, it is not counted. */
    private static final Duration REPORTING = WeekGrid.REPORTING;

    public record StationInput(long stationId, String code, String name) {
    }

    public record StationResult(long stationId, String code, String name, int due, int played, int partial, int failed,
                                int notReported, int fallbacks, int dropouts, double minutesHeard, Double compliance,
                                boolean silent, Compliance.Reason reason) {
    }

    public record Result(int due, int played, Double compliance, double minutesHeard, int fallbacks,
                         List<StationResult> stations, List<StationResult> below) {
    }

    private RelayCompliance() {
    }

    /**
     * @param airingsOf a station's published relays of the period with their records
     * @param heartbeatOf a station's last heartbeat, or null; asked only of stations that relay the source
     * @param slotId    only this slot's relays; null: every relay of the source
     */
    public static Result compute(long sourceId, Long slotId, List<StationInput> stations, LongFunction<List<RelayAiring>> airingsOf,
                                 LongFunction<Instant> heartbeatOf, Instant now, double threshold, Instant silentBefore) {
        List<StationResult> results = new ArrayList<>();
        int due = 0;
        int played = 0;
        int fallbacks = 0;
        double minutes = 0;
        for (StationInput s : stations) {
            List<RelayAiring> relays = RelayOutcomes.best(airingsOf.apply(s.stationId())).stream()
                    .filter(a -> a.sourceId() == sourceId && (slotId == null || a.slotId() == slotId))
                    .filter(a -> a.outcome() != null || !a.plannedEnd().plus(REPORTING).isAfter(now)).toList();
            if (relays.isEmpty()) {
                continue;
            }
            Instant heartbeat = heartbeatOf.apply(s.stationId());
            StationResult r = station(s, relays, threshold, heartbeat == null || heartbeat.isBefore(silentBefore));
            results.add(r);
            due += r.due();
            played += r.played();
            fallbacks += r.fallbacks();
            minutes += r.minutesHeard();
        }
        List<StationResult> below = results.stream().filter(r -> r.reason() != null).toList();
        return new Result(due, played, Compliance.ratio(played, due), Math.round(minutes * 10) / 10.0, fallbacks, results, below);
    }

    private static StationResult station(StationInput s, List<RelayAiring> relays, double threshold, boolean silent) {
        int played = 0;
        int partial = 0;
        int failed = 0;
        int notReported = 0;
        int fallbacks = 0;
        int dropouts = 0;
        double seconds = 0;
        for (RelayAiring a : relays) {
            Outcome outcome = Outcome.fromWire(a.outcome()).orElse(null);
            if (outcome == null) {
                notReported++;
                continue;
            }
            switch (outcome) {
                case PLAYED -> played++;
                case PARTIAL, INTERRUPTED -> partial++;
                case MISSED, FAILED -> failed++;
            }
            fallbacks += a.fallback() != null ? 1 : 0;
            dropouts += a.dropouts();
            seconds += a.secondsHeard();
        }
        Double compliance = Compliance.ratio(played, relays.size());
        Compliance.Reason reason = compliance != null && compliance < threshold
                ? (silent ? Compliance.Reason.SILENT : Compliance.mainReason(failed, partial, notReported)) : null;
        return new StationResult(s.stationId(), s.code(), s.name(), relays.size(), played, partial, failed, notReported, fallbacks,
                dropouts, Math.round(seconds / 6.0) / 10.0, compliance, silent, reason);
    }
}
