package vn.loa.scheduler.registry;

import io.vertx.core.json.JsonObject;
import vn.loa.scheduler.domain.MinuteOfDay;
import vn.loa.scheduler.domain.ProvinceSettings;

/** A province's settings as a person reads them, naming the province they come from. */
public record ProvinceSettingsView(String provinceCode, String provinceName, ProvinceSettings settings) {

    public JsonObject toJson() {
        return json(settings).put("province_code", provinceCode).put("province_name", provinceName);
    }

    static JsonObject json(ProvinceSettings s) {
        return new JsonObject()
                .put("quiet_hours", new JsonObject()
                        .put("not_before", MinuteOfDay.format(s.quietHours().notBeforeMinute()))
                        .put("not_after", MinuteOfDay.format(s.quietHours().notAfterMinute())))
                .put("quiet_hours_strict", s.quietStrict())
                .put("second_approval", s.secondApproval())
                .put("min_separation_minutes", s.separationMinutes())
                .put("horizon_days", s.horizonDays() == ProvinceSettings.INSTANCE_HORIZON ? null : s.horizonDays());
    }
}
