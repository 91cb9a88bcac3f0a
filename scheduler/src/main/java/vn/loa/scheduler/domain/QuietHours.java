package vn.loa.scheduler.domain;

/**
 * The hours a station must stay silent so loudspeakers do not wake a village: nothing before
 * {@code notBeforeMinute} and, when set, nothing after {@code notAfterMinute}. Windows must respect
 * them unless the station carries a written waiver.
 *
 * @param notAfterMinute {@link MinuteOfDay#END_OF_DAY} when there is no evening limit
 */
public record QuietHours(int notBeforeMinute, int notAfterMinute) {

    /** The rule of practice: nothing before 06:00. */
    public static final QuietHours DEFAULT = new QuietHours(6 * 60, MinuteOfDay.END_OF_DAY);

    public boolean allows(BroadcastWindow window) {
        return window.startMinute() >= notBeforeMinute && window.endMinute() <= notAfterMinute;
    }

    public boolean hasEveningLimit() {
        return notAfterMinute < MinuteOfDay.END_OF_DAY;
    }
}
