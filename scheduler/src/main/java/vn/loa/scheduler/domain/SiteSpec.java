package vn.loa.scheduler.domain;

/**
 * What a planner or admin says about a site.
 *
 * @param location          where it is, in words ("Nhà văn hoá thôn Nà Phoọc")
 * @param latitude          optional, with {@code longitude}
 * @param formerStationCode the code of the station it was before the merger, if any
 */
public record SiteSpec(String code, String name, String location, Double latitude, Double longitude,
                       String formerStationCode) {
}
