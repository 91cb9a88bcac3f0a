package vn.loa.scheduler.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.loa.scheduler.planning.CampaignRecord;
import vn.loa.scheduler.planning.CampaignSpec;
import vn.loa.scheduler.planning.NoticeSpec;
import vn.loa.scheduler.planning.PlannedItem;
import vn.loa.scheduler.planning.PlanningInput;

/** Campaigns, urgent notices and published schedules. */
public interface PlanningRepository {

    CampaignRecord insertCampaign(CampaignSpec spec, String status, Instant now);

    void updateCampaign(long id, CampaignSpec spec, Instant now);

    void setCampaignStatus(long id, String status, Instant now);

    Optional<CampaignRecord> findCampaign(long id);

    /** @param withinCode campaigns owned in this unit's subtree, or all when null */
    List<CampaignRecord> listCampaigns(String withinCode);

    long insertNotice(NoticeSpec spec, Instant issuedAt);

    /** Ids of the stations a set of targets covers: whole subtrees of units and single stations. */
    Set<Long> stationsOf(List<String> unitCodes, List<Long> stationIds);

    /** What the engine needs: stations, approved programs, active campaigns, notices issued since {@code since}. */
    PlanningInput input(LocalDate firstDay, int days, Instant since);

    /** The published ETag of every (station, day) in the range, keyed "stationId/day". */
    Map<String, String> publishedEtags(LocalDate from, LocalDate to);

    /** Replaces a station's day with new items and a new version. */
    void publishDay(long stationId, LocalDate day, List<PlannedItem> items, String etag, Instant now);

    /** Published version of a station's day, 0 when never published. */
    int version(long stationId, LocalDate day);
}
