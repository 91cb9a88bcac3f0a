package vn.loa.scheduler.domain.programs;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * A radio program (chương trình): what it is, who produced it, where it stands, and its rendition once
 * ingest has made one.
 *
 * @param kind        {@code program} (3–5 minutes) or {@code urgent_notice} (0:10–3:00)
 * @param sourceTags  tags read from the uploaded file, as JSON
 * @param rendition   null until ingest succeeds
 */
public record Program(long id, String title, String topic, String producingUnitCode, String language, String kind,
                      ProgramStatus status, String validFrom, String validTo, String sourceName, Long sourceSizeBytes,
                      String sourceFormat, JsonObject sourceTags, String durationWaiver, String rejectionCode,
                      String rejectionMessage, String rejectionMessageEn, String createdBy, Instant createdAt,
                      Instant updatedAt, Rendition rendition) {
}
