package vn.loa.scheduler.planning;

import java.time.Instant;

/**
 * A stored campaign.
 *
 * @param status      draft, active or closed
 * @param publishedAt when it was first published (its targets count from then); null for a draft
 */
public record CampaignRecord(long id, CampaignSpec spec, CampaignStatus status, Instant createdAt, Instant updatedAt,
                             Instant publishedAt) {
}
