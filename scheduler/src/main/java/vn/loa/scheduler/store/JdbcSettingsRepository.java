package vn.loa.scheduler.store;

import java.time.Instant;
import java.util.Optional;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.ProvinceSettings;
import vn.loa.scheduler.domain.QuietHours;

final class JdbcSettingsRepository implements SettingsRepository {

    private final Sql sql;

    JdbcSettingsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<OrgUnit> provinceOf(String code) {
        return sql.one(SettingsSql.PROVINCE_OF, JdbcOrgUnitRepository::map, code);
    }

    @Override
    public ProvinceSettings of(String code) {
        return sql.one(SettingsSql.OF, r -> new ProvinceSettings(
                new QuietHours(r.getInt("quiet_not_before"), r.getInt("quiet_not_after")),
                r.getInt("quiet_strict") == 1, r.getInt("second_approval") == 1, r.getInt("min_separation_minutes"),
                r.getInt("horizon_days")), code).orElse(ProvinceSettings.DEFAULT);
    }

    @Override
    public ProvinceSettings ofStation(long stationId) {
        return sql.one(SettingsSql.COMMUNE_OF_STATION, r -> r.getString(1), stationId).map(this::of)
                .orElse(ProvinceSettings.DEFAULT);
    }

    @Override
    public boolean anyStrict() {
        return sql.count(SettingsSql.ANY_STRICT) > 0;
    }

    @Override
    public int longestHorizonDays() {
        return sql.count(SettingsSql.LONGEST_HORIZON);
    }

    @Override
    public boolean anySeparation() {
        return sql.count(SettingsSql.ANY_SEPARATION) > 0;
    }

    @Override
    public void put(long provinceId, ProvinceSettings settings, Instant now, String by) {
        sql.update(SettingsSql.PUT, provinceId, settings.quietHours().notBeforeMinute(), settings.quietHours().notAfterMinute(),
                settings.quietStrict() ? 1 : 0, settings.secondApproval() ? 1 : 0, settings.separationMinutes(),
                settings.horizonDays(), Sql.text(now), by);
    }
}
