package vn.loa.scheduler.domain.relay;

import java.time.Instant;

/**
 * A live stream stations relay (VOV1, the provincial radio), as a unit's admin named it, with what airs when
 * the stream cannot be had: a program, or silence (recorded as such).
 *
 * @param fallbackProgramId null: silence
 * @param retiredAt         null while slots may use it
 */
public record RelaySource(long id, String ownerCode, String ownerName, String name, String url, Long fallbackProgramId,
                          String fallbackTitle, String createdBy, Instant createdAt, Instant updatedAt, Instant retiredAt) {
}
