package vn.loa.scheduler.domain;

import java.util.List;

/**
 * What a person sends to create or change a station.
 *
 * @param communeCode      official code of the commune the station serves
 * @param languages        ISO 639 codes aired, e.g. {@code vi}, {@code tyz} (Tày), {@code hnj} (H'Mông)
 * @param timeZone         IANA zone id
 * @param quietHoursWaiver why this station may air inside quiet hours; null when it may not
 */
public record StationSpec(
        String code,
        String name,
        String communeCode,
        List<String> languages,
        String timeZone,
        List<BroadcastWindow> windows,
        QuietHours quietHours,
        String quietHoursWaiver) {

    public static final String DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

    public StationSpec {
        languages = List.copyOf(languages);
        windows = List.copyOf(windows);
    }

    public boolean quietHoursWaived() {
        return quietHoursWaiver != null && !quietHoursWaiver.isBlank();
    }
}
