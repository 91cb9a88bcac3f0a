package vn.loa.scheduler.asrun;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.loa.scheduler.store.AgentReportRepository;
import vn.loa.scheduler.store.AgentReportRepository.Attribution;

/**
 * The ranges an as-run record must be within before it counts in a monitoring report: instants near
 * the server's time, an end after the start, seconds played no more than the item lasts, ids that
 * exist. The OpenAPI document bounds what it can say (a number's range); this checks the rest.
 */
final class ClaimCheck {

    /** An agent may have been offline a long while; a record older than this is not a real airing. */
    static final Duration OLDEST = Duration.ofDays(400);
    /** Stamped on the server's time by an agent that corrects its clock; a little ahead is clock drift. */
    static final Duration NEWEST = Duration.ofHours(1);
    /** A sink's buffering and a clock correction may stretch an airing a little past its length. */
    static final double SECONDS_TOLERANCE = 60;
    /** Without an item: nothing a station airs lasts longer than a day. */
    static final double LONGEST_SECONDS = 86_400;

    private ClaimCheck() {
    }

    /** The reason the record cannot be accepted, if any. {@code item} is the station's item it names, if it does. */
    static Optional<Refusal> check(AgentReportRepository r, long station, AsRunClaim c, Attribution item, Instant now) {
        for (Instant at : new Instant[] {c.plannedStart(), c.actualStart(), c.actualEnd()}) {
            if (at != null && (at.isBefore(now.minus(OLDEST)) || at.isAfter(now.plus(NEWEST)))) {
                return refuse(c, "instant_out_of_range", "Thời điểm " + at + " quá xa thời gian của máy chủ (" + now + ").",
                        "Instant " + at + " is too far from the server's time (" + now + ").");
            }
        }
        if (c.actualStart() != null && c.actualEnd() != null && c.actualEnd().isBefore(c.actualStart())) {
            return refuse(c, "end_before_start", "Thời điểm kết thúc trước thời điểm bắt đầu.",
                    "The end is before the start.");
        }
        if (c.relay() != null && (c.itemId() != null || !r.relayBelongsTo(c.relay().relayId(), station))) {
            return refuse(c, "unknown_relay", "Buổi tiếp âm " + c.relay().relayId() + " không thuộc lịch của đài này.",
                    "Relay " + c.relay().relayId() + " is not in this station's schedule.");
        }
        if (c.itemId() != null && item == null) {
            return refuse(c, "unknown_item", "Mục lịch " + c.itemId() + " không thuộc lịch của đài này.",
                    "Schedule item " + c.itemId() + " is not in this station's schedule.");
        }
        if (item != null && c.programId() != null && c.programId() != item.programId()) {
            return refuse(c, "program_mismatch", "Chương trình " + c.programId() + " không phải chương trình của mục lịch "
                    + c.itemId() + ".", "Program " + c.programId() + " is not the program of schedule item " + c.itemId() + ".");
        }
        double longest = item != null ? item.durationMillis() / 1000.0 + SECONDS_TOLERANCE : LONGEST_SECONDS;
        if (!(c.secondsPlayed() >= 0 && c.secondsPlayed() <= longest)) {
            return refuse(c, "seconds_out_of_range", "Số giây đã phát " + c.secondsPlayed() + " vượt quá độ dài "
                    + Math.round(longest) + " giây.", "Seconds played " + c.secondsPlayed() + " exceed the length of "
                    + Math.round(longest) + " seconds.");
        }
        if (item == null) {
            if (c.programId() != null && !r.programExists(c.programId())) {
                return refuse(c, "unknown_program", "Không có chương trình " + c.programId() + ".",
                        "There is no program " + c.programId() + ".");
            }
            if (c.campaignId() != null && !r.campaignExists(c.campaignId())) {
                return refuse(c, "unknown_campaign", "Không có chiến dịch " + c.campaignId() + ".",
                        "There is no campaign " + c.campaignId() + ".");
            }
            if (c.noticeId() != null && !r.noticeExists(c.noticeId())) {
                return refuse(c, "unknown_notice", "Không có thông báo khẩn " + c.noticeId() + ".",
                        "There is no urgent notice " + c.noticeId() + ".");
            }
        }
        return Optional.empty();
    }

    static Optional<Refusal> refuse(AsRunClaim c, String code, String vi, String en) {
        return Optional.of(new Refusal(c.sequence(), code, vi, en));
    }
}
