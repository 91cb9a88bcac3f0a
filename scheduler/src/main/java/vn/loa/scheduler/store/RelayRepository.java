package vn.loa.scheduler.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loa.scheduler.domain.relay.RelayAiring;
import vn.loa.scheduler.domain.relay.RelaySlot;
import vn.loa.scheduler.domain.relay.RelaySource;
import vn.loa.scheduler.domain.relay.ScheduledRelay;

/** Relay sources, relay slots and the relays published in stations' days. */
public interface RelayRepository {

    long insertSource(RelaySource source);

    void updateSource(long id, String name, String url, Long fallbackProgramId, Instant at);

    /** Retires a source and ends its slots: it is relayed no more, and what aired still names it. */
    void retireSource(long id, Instant at);

    Optional<RelaySource> source(long id);

    /** Every source, those in use first. */
    List<RelaySource> sources();

    long insertSlot(RelaySlot slot);

    Optional<RelaySlot> slot(long id);

    /** Slots running (not ended, source in use) on some day of {@code from}..{@code to}. */
    List<RelaySlot> slots(LocalDate from, LocalDate to);

    void endSlot(long id, Instant at);

    /** A station's published relays of the days {@code from}..{@code to}, in time order. */
    List<ScheduledRelay> scheduled(long stationId, LocalDate from, LocalDate to);

    /** A station's published relays of {@code from}..{@code to} with their records, in time order. */
    List<RelayAiring> airings(long stationId, LocalDate from, LocalDate to);

    /** Per source id, what its agents' copies depend on (address, fallback rendition). */
    Map<Long, String> sourceRevisions();
}
