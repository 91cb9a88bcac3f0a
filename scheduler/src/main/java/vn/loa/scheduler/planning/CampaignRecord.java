package vn.loa.scheduler.planning;

import java.time.Instant;

/**
 * A stored campaign.
 *
 * @param status      draft, active or closed
 * @param publishedAt when it was first published (its targets count from then); null for a draft
 * @param ownerName   the owner unit's name, for people who read the campaign from below it; null when not read
 */
public record CampaignRecord(long id, CampaignSpec spec, CampaignStatus status, Instant createdAt, Instant updatedAt,
                             Instant publishedAt, String ownerName) {

    public CampaignRecord(long id, CampaignSpec spec, CampaignStatus status, Instant createdAt, Instant updatedAt,
                          Instant publishedAt) {
        this(id, spec, status, createdAt, updatedAt, publishedAt, null);
    }
}
