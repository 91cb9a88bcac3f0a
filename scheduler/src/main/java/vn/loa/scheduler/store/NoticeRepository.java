package vn.loa.scheduler.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.NoticeAiring;
import vn.loa.scheduler.domain.NoticeHeader;
import vn.loa.scheduler.domain.NoticeReach;

/** Urgent notices as they are followed up: who received them, where they aired, where not. */
public interface NoticeRepository {

    Optional<NoticeHeader> find(long id);

    /**
     * Notices issued in {@code [from, to)} that reach the scope (a target station in it) or were issued
     * by a unit in it, newest first.
     *
     * @param unitCode the scope's unit, or null for every notice
     */
    List<NoticeHeader> list(String unitCode, Instant from, Instant to);

    /** Every planned airing of the notice at the scope's stations, by station and time. */
    List<NoticeAiring> airings(long noticeId, String unitCode);

    /** Of these stations, how many never connected an agent and how many are silent now. */
    NoticeReach reach(Collection<Long> stationIds);
}
