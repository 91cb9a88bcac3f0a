package vn.loa.scheduler.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.StationHeader;
import vn.loa.scheduler.domain.StationSpec;

/** Stations with their windows and languages. The caller checks the station rules before writing. */
public interface StationRepository {

    Optional<Station> find(long id);

    Optional<Station> findByCode(String code);

    /** The station's identity and place alone: one row, for the agents' frequent requests. */
    Optional<StationHeader> header(long id);

    /** @param withinCode only stations of communes in this unit's subtree, or every station when null */
    List<Station> list(String withinCode);

    Station insert(StationSpec spec, Instant now);

    Station update(long id, StationSpec spec, Instant now);

    void delete(long id);

    int countInUnit(String orgUnitCode);

    /** As-run records of the station; a station with airing history is never deleted. */
    int countAsRunRecords(long id);
}
