package vn.loa.scheduler.domain;

/**
 * What a province decides for all its stations and planners.
 *
 * @param quietHours     when loudspeakers stay silent; a station's own quiet hours start from these
 * @param quietStrict    a window inside the quiet hours is refused (unless waived), not only warned about
 * @param secondApproval a program is approved by someone other than the person who uploaded it
 * @param separationMinutes the least time between the starts of two airings of one program at a station (0: none)
 */
public record ProvinceSettings(QuietHours quietHours, boolean quietStrict, boolean secondApproval, int separationMinutes) {

    public static final ProvinceSettings DEFAULT = new ProvinceSettings(QuietHours.DEFAULT, false, false, 0);
}
