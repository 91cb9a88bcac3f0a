package vn.loa.scheduler.domain;

import java.time.Instant;

/** A commune radio station as stored. */
public record Station(long id, StationSpec spec, Instant createdAt, Instant updatedAt) {
}
