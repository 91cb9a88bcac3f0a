package vn.loa.scheduler.relays;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import vn.loa.scheduler.domain.MinuteOfDay;
import vn.loa.scheduler.domain.Weekdays;
import vn.loa.scheduler.domain.relay.RelaySlot;
import vn.loa.scheduler.domain.relay.RelaySource;

/** Relay sources and slots on the wire and in the audit log. */
public final class RelayJson {

    private RelayJson() {
    }

    public static JsonObject source(RelaySource s) {
        return new JsonObject().put("id", s.id()).put("owner_code", s.ownerCode()).put("owner_name", s.ownerName())
                .put("name", s.name()).put("url", s.url()).put("fallback_program_id", s.fallbackProgramId())
                .put("fallback_title", s.fallbackTitle()).put("created_by", s.createdBy()).put("created_at", text(s.createdAt()))
                .put("updated_at", text(s.updatedAt())).put("retired_at", text(s.retiredAt()));
    }

    public static JsonObject slot(RelaySlot s) {
        JsonArray days = new JsonArray();
        s.weekdays().stream().sorted().forEach(d -> days.add(Weekdays.wireName(d)));
        return new JsonObject().put("id", s.id()).put("source_id", s.sourceId()).put("source_name", s.sourceName())
                .put("scope_code", s.scopeCode()).put("station_id", s.stationId()).put("weekdays", days)
                .put("start", MinuteOfDay.format(s.startMinute())).put("duration_minutes", s.durationMinutes())
                .put("end", MinuteOfDay.format(s.endMinute())).put("first_day", s.firstDay().toString())
                .put("last_day", s.lastDay() == null ? null : s.lastDay().toString()).put("created_by", s.createdBy())
                .put("ended_at", text(s.endedAt()));
    }

    public static JsonObject probe(StreamProbe.Result p) {
        return new JsonObject().put("audio", p.audio()).put("status", p.status() == 0 ? null : p.status())
                .put("content_type", p.contentType()).put("format", p.format()).put("bytes_read", p.bytesRead())
                .put("millis", p.millis()).put("message", p.messageVi()).put("message_en", p.messageEn());
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
