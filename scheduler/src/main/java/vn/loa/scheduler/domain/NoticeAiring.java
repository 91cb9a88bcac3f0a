package vn.loa.scheduler.domain;

import java.time.Instant;

/**
 * One planned airing of an urgent notice at one station, and what became of it: received by the
 * station's agent (the first schedule pull that carried it), started and ended (its as-run record),
 * or withdrawn (the notice was cancelled first). A target station with no airing at all (no window in
 * the horizon) has a row with a null item.
 */
public record NoticeAiring(long stationId, String stationCode, String stationName, boolean neverConnected, boolean silent,
                           Long itemId, Instant plannedStart, Instant deliveredAt, Instant withdrawnAt, String withdrawnReason,
                           Instant actualStart, Instant actualEnd, String outcome, String reason) {

    /** What a planner reads for this airing: one word of progress. */
    public Status status() {
        if (itemId == null) {
            return Status.NOT_PLANNED;
        }
        if (outcome != null) {
            return switch (Outcome.fromWire(outcome).orElse(Outcome.MISSED)) {
                case PLAYED -> Status.PLAYED;
                case PARTIAL, INTERRUPTED -> Status.CUT;
                case MISSED, FAILED -> Status.MISSED;
            };
        }
        if (withdrawnAt != null) {
            return Status.WITHDRAWN;
        }
        return deliveredAt != null ? Status.RECEIVED : Status.WAITING;
    }

    /** The progress of one airing, in the order it advances. */
    public enum Status implements Word {
        NOT_PLANNED("Không xếp được lịch", "not planned"),
        WAITING("Chưa nhận", "not received yet"),
        RECEIVED("Phần mềm tại đài đã nhận", "received by the agent"),
        PLAYED("Đã phát", "played"),
        CUT("Phát dở, bị ngắt", "cut short"),
        MISSED("Không phát", "missed"),
        WITHDRAWN("Đã huỷ trước khi phát", "withdrawn before airing");

        private final String vietnamese;
        private final String english;

        Status(String vietnamese, String english) {
            this.vietnamese = vietnamese;
            this.english = english;
        }

        @Override
        public String vietnamese() {
            return vietnamese;
        }

        public String english() {
            return english;
        }
    }
}
