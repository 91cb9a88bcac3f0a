package vn.loa.scheduler.domain.programs;

import java.time.Instant;
import java.time.LocalDate;

/** A campaign a planner made public: its name, who runs it and when, for its page and feed. */
public record PublicCampaign(long id, String name, String ownerCode, String ownerName, LocalDate from, LocalDate to,
                             Instant publicAt) {
}
