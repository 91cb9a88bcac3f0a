package vn.loa.scheduler.domain;

import java.time.Instant;

/** A named set of communes inside a province (a former district, "xã vùng cao"), as stored. */
public record PlanningGroup(long id, PlanningGroupSpec spec, Instant createdAt, Instant updatedAt) {
}
