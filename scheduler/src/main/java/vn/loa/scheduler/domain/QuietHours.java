package vn.loa.scheduler.domain;

/**
 * The hours a station must stay silent so loudspeakers do not wake a village: nothing before
 * {@code notBeforeMinute} and, when set, nothing after {@code notAfterMinute}. A window inside them is a
 * warning, or refused when the province makes the rule strict, unless the station carries a written waiver.
 *
 * @param notAfterMinute {@link MinuteOfDay#END_OF_DAY} when there is no evening limit
 */
public record QuietHours(int notBeforeMinute, int notAfterMinute) {

    /** The province default: silent from 22:00 to 05:00, so the usual 05:30 morning session is normal. */
    public static final QuietHours DEFAULT = new QuietHours(5 * 60, 22 * 60);

    public boolean allows(BroadcastWindow window) {
        return window.startMinute() >= notBeforeMinute && window.endMinute() <= notAfterMinute;
    }

    public boolean hasEveningLimit() {
        return notAfterMinute < MinuteOfDay.END_OF_DAY;
    }
}
