package vn.loa.scheduler.store;

import java.time.Instant;
import java.util.Optional;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.ProvinceSettings;

/** The settings of each province (the top unit of a tree), for the units, stations and groups under it. */
public interface SettingsRepository {

    /** The top unit above (or being) the unit or group with this code; empty when no unit has the code. */
    Optional<OrgUnit> provinceOf(String code);

    /** The settings in force for the unit or group with this code: its province's, else the defaults. */
    ProvinceSettings of(String code);

    /** The settings of the station's province (the province of the commune it serves). */
    ProvinceSettings ofStation(long stationId);

    /** Whether any province refuses windows inside its quiet hours; when none does, nothing needs clipping. */
    boolean anyStrict();

    /** The longest horizon a province chose for its stations; 0 when none chose one. */
    int longestHorizonDays();

    /** Whether any province keeps airings of one program apart; when none does, nothing needs reading per station. */
    boolean anySeparation();

    void put(long provinceId, ProvinceSettings settings, Instant now, String by);
}
