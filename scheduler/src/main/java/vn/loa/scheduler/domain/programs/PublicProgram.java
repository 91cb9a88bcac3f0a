package vn.loa.scheduler.domain.programs;

import java.time.Instant;

/**
 * A program as the public sees it on the portal: nothing about stations, schedules or who uploaded it.
 *
 * @param unitName the producing unit's name (a planning group's, or the code when the unit is gone)
 */
public record PublicProgram(long id, String title, String topic, String unitCode, String unitName, Instant createdAt,
                            long durationMillis, long sizeBytes, String contentSha256) {
}
