package vn.loa.scheduler.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.Site;
import vn.loa.scheduler.domain.SiteSpec;

/** The sites of stations, and what each aired (for coverage). */
public interface SiteRepository {

    Site insert(long stationId, SiteSpec spec, Instant now);

    /** Changes what the site is called and where it is; its history stays with it. */
    void update(long id, SiteSpec spec, Instant now);

    Optional<Site> find(long id);

    Optional<Site> findByCode(String code);

    /** In service first, then retired; each group in the order they were added. */
    List<Site> listForStation(long stationId);

    void retire(long id, Instant now);

    /** Only a site with no enrolment that ever sent a record (see {@link #countAsRunRecords}). */
    void delete(long id);

    void deleteForStation(long stationId);

    long countAsRunRecords(long siteId);

    void markAlive(long siteId, Instant at);

    /** Per site of the station: played airings in the days (optionally of one program), summed. */
    List<SiteAiring> airings(long stationId, LocalDate from, LocalDate to, Long programId);

    record SiteAiring(long siteId, long played, long records, double secondsAired) {
    }

    /** What each site reported for each scheduled item of the station in the days, oldest record first. */
    List<ItemOutcome> itemOutcomes(long stationId, LocalDate from, LocalDate to);

    record ItemOutcome(long itemId, long siteId, String outcome) {
    }
}
