package vn.loa.scheduler.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.loa.scheduler.planning.CampaignRecord;
import vn.loa.scheduler.planning.CampaignStatus;
import vn.loa.scheduler.planning.CampaignSpec;
import vn.loa.scheduler.planning.NoticeSpec;
import vn.loa.scheduler.planning.PlannedItem;
import vn.loa.scheduler.planning.PlannedRelay;
import vn.loa.scheduler.planning.PlanningInput;

/** Campaigns, urgent notices and published schedules. */
public interface PlanningRepository {

    CampaignRecord insertCampaign(CampaignSpec spec, CampaignStatus status, Instant now);

    void updateCampaign(long id, CampaignSpec spec, Instant now);

    /** Deletes a campaign with its programs, targets and windows (a draft: nothing was ever planned from it). */
    void deleteCampaign(long id);

    void setCampaignStatus(long id, CampaignStatus status, Instant now);

    Optional<CampaignRecord> findCampaign(long id);

    /** Every campaign (null), or those of a scope: owned in it, and owned above it and reaching it. */
    List<CampaignRecord> listCampaigns(String withinCode);

    long insertNotice(NoticeSpec spec, Instant issuedAt);

    /** Ids of the stations a set of targets covers: whole subtrees of units and single stations. */
    Set<Long> stationsOf(List<String> unitCodes, List<Long> stationIds);

    /**
     * What the engine needs: stations, approved programs, active campaigns, notices issued since
     * {@code since}, and the published items from the start of the first day's week that begin before
     * {@code frozenUntil} (see {@link PlanningInput.Frozen}).
     */
    PlanningInput input(LocalDate firstDay, int days, Instant since, Instant now, Instant frozenUntil);

    /** The published ETag of every (station, day) in the range, keyed "stationId/day". */
    Map<String, String> publishedEtags(LocalDate from, LocalDate to);

    /**
     * Makes a station's day hold exactly {@code items}, with a new version: a published item equal to a
     * new one (time, length, program, rendition, campaign, notice) keeps its id; a published item the
     * day no longer holds is withdrawn with a reason, never deleted; the others are added with new ids.
     * A published item before {@code frozenUntil} is never withdrawn (the engine returns it unchanged).
     */
    void publishDay(long stationId, LocalDate day, List<PlannedItem> items, String etag, Instant now, Instant frozenUntil);

    /** Makes a station-day's published relays exactly {@code relays}, by the rules of {@link #publishDay}. */
    void publishRelays(long stationId, LocalDate day, List<PlannedRelay> relays, Instant now, Instant frozenUntil);

    /** A station-day as a publication leaves it: its items, its relays and the ETag of both. */
    record DayToPublish(long stationId, LocalDate day, List<PlannedItem> items, List<PlannedRelay> relays, String etag) {
    }

    /** {@link #publishDay} and {@link #publishRelays} for many station-days, their rows read and written together. */
    void publishDays(List<DayToPublish> days, Instant now, Instant frozenUntil);

    /**
     * Withdraws a notice's items that have not finished by {@code now} (a cancelled notice) and returns
     * the stations whose schedule changed.
     */
    Set<Long> withdrawNotice(long noticeId, Instant now, String reason);

    /** Marks a notice cancelled (no later re-plan places it again); false when it already was. */
    boolean cancelNotice(long noticeId, Instant now, String by);

    /** Published version of a station's day, 0 when never published. */
    int version(long stationId, LocalDate day);
}
