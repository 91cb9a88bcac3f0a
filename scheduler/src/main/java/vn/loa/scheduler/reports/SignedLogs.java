package vn.loa.scheduler.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.proof.ChainWalk;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.Scope;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.proof.SignedRecord;
import vn.loa.scheduler.store.ChainRepository;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.Store;

/**
 * The signed as-run log (issue 20): each PC's chain of a station walked (a record missing, altered since it
 * arrived, or out of order is named with its place), and the export an auditor checks offline with
 * {@code verify-log}. Within the caller's scope. Blocking: call on the report pool.
 */
public final class SignedLogs {

    /**
     * One PC's chain at a station (a PC enrolled with no record yet has an empty one).
     *
     * @param startedAt when its key was first registered here (its first enrolment)
     */
    public record Chain(String publicKey, List<Long> enrolments, Instant startedAt, int records, int refused,
                        long firstSequence, long lastSequence, List<ChainWalk.Break> breaks) {
    }

    /** @param unsigned records from agents that signed nothing (enrolled before records were signed) */
    public record StationChains(Station station, List<Chain> chains, int unsigned) {

        public boolean broken() {
            return chains.stream().anyMatch(c -> !c.breaks().isEmpty());
        }
    }

    private final Store store;
    private final Duration timeLimit;

    public SignedLogs(Store store, Duration timeLimit) {
        this.store = store;
        this.timeLimit = timeLimit;
    }

    /**
     * The station's chains, walked from their start. A record is checked against the hash taken when its signature
     * was checked on arrival (cheap enough for a year on every page view); {@code verify-log} checks the signatures.
     */
    public StationChains of(Caller caller, long stationId) {
        return store.readWithin(timeLimit, r -> {
            Station station = station(r, caller, stationId);
            Map<String, List<SignedRecord>> byKey = new LinkedHashMap<>();
            r.chains().chains(station.id()).forEach(s -> byKey.computeIfAbsent(s.publicKey(), k -> new ArrayList<>()).add(s));
            List<Chain> chains = new ArrayList<>();
            for (ChainRepository.PcKey key : r.chains().keys(station.id())) {
                List<SignedRecord> records = byKey.getOrDefault(key.publicKey(), List.of());
                List<ChainWalk.Link> links = records.stream().map(s -> new ChainWalk.Link(s.attested().sequence(),
                        s.attested().previousHash(), s.attested().hash(), s.unaltered())).toList();
                chains.add(new Chain(key.publicKey(), key.enrolments(), key.registeredAt(),
                        (int) records.stream().filter(s -> s.refused() == null).count(),
                        (int) records.stream().filter(s -> s.refused() != null).count(),
                        records.isEmpty() ? 0 : records.get(0).attested().sequence(),
                        records.isEmpty() ? 0 : records.get(records.size() - 1).attested().sequence(), ChainWalk.breaks(links, true)));
            }
            return new StationChains(station, chains, r.chains().unsigned(station.id()));
        });
    }

    private static Station station(Repositories r, Caller caller, long stationId) {
        Station station = r.stations().find(stationId)
                .orElseThrow(() -> DomainException.notFound("đài", "Station", String.valueOf(stationId)));
        Scope.requireStation(r, caller.principal(), station);
        return station;
    }

    /** The signed records of a period, of one station or of every station of the unit asked for (by default the scope). */
    public List<SignedRecord> export(Caller caller, String askedUnit, Long stationId, LocalDate from, LocalDate to) {
        return store.readWithin(timeLimit, r -> {
            List<Station> stations = stationId != null ? List.of(station(r, caller, stationId))
                    : r.stations().list(Reports.unit(r, caller, askedUnit));
            List<SignedRecord> records = new ArrayList<>();
            for (Station s : stations) {
                records.addAll(r.chains().signedLog(s.id(), from, to));
            }
            return records;
        });
    }
}
