package vn.loa.scheduler.planning;

/**
 * An item whose time is decided before packing, in seconds of its local day: an urgent notice, a
 * recurring slot, a hand edit.
 *
 * @param campaignId the campaign it counts for, or null
 * @param noticeId   the urgent notice it airs, or null
 */
record FixedItem(int start, int end, PlanningInput.Program program, Long campaignId, Long noticeId, String reason) {

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
