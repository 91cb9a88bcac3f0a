package vn.loa.scheduler.domain.reports;

/** Where airings are summed in a frequency roll-up: per station, or per commune, district or province. */
public enum Place {
    STATION, COMMUNE, DISTRICT, PROVINCE;

    public static Place parse(String value) {
        return value == null ? STATION : valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
