package vn.loa.scheduler.domain.reports;

/** Where a station's airings are summed in a frequency roll-up: the place's code and name. */
public record PlaceName(String code, String name) {
}
