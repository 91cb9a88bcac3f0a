package vn.loa.scheduler.registry;

import io.vertx.core.json.JsonObject;
import vn.loa.scheduler.domain.OrgUnit;

/** An org unit as one JSON object: its wire form, and what the audit log keeps of it. */
public final class OrgUnitSummary {

    private OrgUnitSummary() {
    }

    public static JsonObject json(OrgUnit unit) {
        return new JsonObject()
                .put("code", unit.code())
                .put("name", unit.name())
                .put("type", unit.type())
                .put("level", unit.level().wireName())
                .put("parent_code", unit.parentCode())
                .put("superseded_on", unit.supersededOn() == null ? null : unit.supersededOn().toString());
    }
}
