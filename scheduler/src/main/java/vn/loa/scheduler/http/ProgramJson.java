package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import vn.loa.media.LoudnessTarget;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.Rendition;

/** Programs on the wire. */
final class ProgramJson {

    private ProgramJson() {
    }

    static JsonObject toJson(Program p, LoudnessTarget target) {
        JsonObject json = new JsonObject()
                .put("id", p.id()).put("title", p.title()).put("topic", p.topic())
                .put("producing_unit_code", p.producingUnitCode()).put("language", p.language()).put("kind", p.kind().wireName())
                .put("status", p.status().wireName()).put("status_vi", p.status().vietnamese())
                .put("valid_from", p.validFrom()).put("valid_to", p.validTo())
                .put("source", new JsonObject().put("name", p.sourceName()).put("size_bytes", p.sourceSizeBytes())
                        .put("format", p.sourceFormat()).put("tags", p.sourceTags()))
                .put("duration_waiver", p.durationWaiver())
                .put("created_by", p.createdBy()).put("created_at", p.createdAt().toString())
                .put("updated_at", p.updatedAt().toString());
        if (p.rejectionCode() != null) {
            json.put("rejection", new JsonObject().put("code", p.rejectionCode()).put("message", p.rejectionMessage())
                    .put("message_en", p.rejectionMessageEn()));
        }
        Rendition r = p.rendition();
        if (r != null) {
            json.put("rendition", new JsonObject().put("sha256", r.contentSha256()).put("media_type", r.mediaType())
                    .put("size_bytes", r.sizeBytes()).put("duration_ms", r.durationMillis())
                    .put("source_duration_ms", r.sourceDurationMillis())
                    .put("loudness_before_lufs", round(r.loudnessBeforeLufs()))
                    .put("true_peak_before_dbtp", round(r.truePeakBeforeDbtp()))
                    .put("loudness_after_lufs", round(r.loudnessAfterLufs()))
                    .put("true_peak_after_dbtp", round(r.truePeakAfterDbtp()))
                    .put("loudness_range_lu", round(r.loudnessRangeLu()))
                    .put("on_target", target.holds(r.loudnessAfterLufs(), r.truePeakAfterDbtp()))
                    .put("target_lufs", target.integratedLufs()).put("ceiling_dbtp", target.truePeakDbtp())
                    .put("url", "/api/v1/media/" + r.contentSha256()));
        }
        return json;
    }

    private static Double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 10) / 10.0 : null;
    }
}
