package vn.loa.scheduler.domain.programs;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * A radio program (chương trình): what it is, who produced it, where it stands, and its rendition once
 * ingest has made one.
 *
 * @param sourceTags  tags read from the uploaded file, as JSON
 * @param rendition   null until ingest succeeds
 */
public record Program(long id, String title, String topic, String producingUnitCode, String language, ProgramKind kind,
                      ProgramStatus status, String validFrom, String validTo, String sourceName, Long sourceSizeBytes,
                      String sourceFormat, JsonObject sourceTags, String durationWaiver, String rejectionCode,
                      String rejectionMessage, String rejectionMessageEn, String createdBy, Instant createdAt,
                      Instant updatedAt, Rendition rendition) {
}
