package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.OrgUnitSpec;
import vn.loa.scheduler.registry.OrgUnitSummary;

/** Org units on the wire. The request body has already passed the OpenAPI schema. */
final class OrgUnitJson {

    private OrgUnitJson() {
    }

    static JsonObject toJson(OrgUnit unit) {
        return OrgUnitSummary.json(unit);
    }

    /** @param code the code from the path for an update, or null to take it from the body */
    static OrgUnitSpec fromJson(JsonObject body, String code) {
        return new OrgUnitSpec(
                code != null ? code : body.getString("code"),
                body.getString("name"),
                body.getString("type"),
                OrgUnitLevel.fromWire(body.getString("level")).orElseThrow(),
                emptyToNull(body.getString("parent_code")));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
