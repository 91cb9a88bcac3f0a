package vn.loa.scheduler.domain;

/**
 * What a province decides for all its stations and planners.
 *
 * @param quietHours     when loudspeakers stay silent; a station's own quiet hours start from these
 * @param quietStrict    a window inside the quiet hours is refused (unless waived), not only warned about
 * @param secondApproval a program is approved by someone other than the person who uploaded it
 * @param separationMinutes the least time between the starts of two airings of one program at a station (0: none)
 * @param horizonDays    days of schedule its stations are given ahead, so an agent without a link goes on airing;
 *                       {@link #INSTANCE_HORIZON} for the instance's
 */
public record ProvinceSettings(QuietHours quietHours, boolean quietStrict, boolean secondApproval, int separationMinutes,
                               int horizonDays) {

    /** The instance's own horizon ({@code planning.horizon-days}, 7 unless configured). */
    public static final int INSTANCE_HORIZON = 0;
    public static final ProvinceSettings DEFAULT = new ProvinceSettings(QuietHours.DEFAULT, false, false, 0, INSTANCE_HORIZON);
}
