package vn.loa.scheduler.planning;

import java.time.Instant;

/** A stored campaign. @param status draft, active or closed */
public record CampaignRecord(long id, CampaignSpec spec, String status, Instant createdAt, Instant updatedAt) {
}
