package vn.loa.agent.playout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The reasons an as-run record gives, Vietnamese first and English after a slash, as a supervisor
 * reads them in the log and the monitoring report. Times are Hà Nội local time.
 */
final class Reasons {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    static final String NOTICE_CUT_IN = "Thông báo khẩn chen ngang / an urgent notice interrupted it";
    static final String AGENT_STOPPED = "Agent được tắt giữa buổi phát / the agent was stopped mid-airing";
    static final String FILE_BAD = "Thiếu tệp hoặc tệp hỏng, sẽ tải lại / file missing or corrupt, fetched again";

    private Reasons() {
    }

    static String powerCut(Instant end) {
        return "Agent dừng đột ngột giữa buổi phát (mất điện, tắt máy) lúc " + LOCAL.format(end)
                + " / the agent stopped mid-airing (power cut, kill)";
    }

    static String deviceFailure(String message) {
        return "Lỗi thiết bị âm thanh / audio device failure: " + message;
    }

    static String unreadable(String message) {
        return "Không đọc được tệp / cannot read the file: " + message;
    }

    static String onlyPlayed(double seconds) {
        return "Chỉ phát được " + Math.round(seconds) + " giây / only " + Math.round(seconds) + " s aired";
    }

    static String agentDown(Instant downSince, Instant startedAt) {
        String from = downSince == null ? "" : " từ " + LOCAL.format(downSince);
        return "Agent không chạy" + from + " đến " + LOCAL.format(startedAt) + " (mất điện, tắt máy)"
                + " / the agent was not running" + (downSince == null ? "" : " from " + downSince) + " to " + startedAt;
    }

    static String noticeAudioNeverCame(Instant waitingSince) {
        return "Không tải được âm thanh của thông báo trước khi hết hiệu lực (từ " + LOCAL.format(waitingSince)
                + ") / the notice's audio did not arrive before the notice expired";
    }

    static String tooLate(long seconds) {
        return "Quá giờ phát hơn " + seconds + " giây khi đang phát mục khác (thông báo khẩn, phát muộn); bỏ qua để không phát"
                + " chồng / more than " + seconds + " s past its time while something else aired; skipped so nothing overlaps";
    }

    static String waitedForAudio(long seconds) {
        return "Phát muộn " + seconds + " giây: chờ tải âm thanh của thông báo / aired " + seconds
                + " s late: waited for the notice's audio";
    }

    static String relayDropped(int times, double seconds) {
        return "Luồng tiếp âm bị ngắt " + times + " lần, tổng " + Math.round(seconds) + " giây / the stream dropped " + times
                + " times, " + Math.round(seconds) + " s in all";
    }

    static final String RELAY_FALLBACK_PROGRAM = "Không bắt được luồng tiếp âm, đã phát chương trình dự phòng"
            + " / the stream could not be had, the fallback program aired";
    static final String RELAY_SILENCE = "Không bắt được luồng tiếp âm và không có chương trình dự phòng: loa im lặng"
            + " / the stream could not be had and there is no fallback program: silence";

    static String relayNoticeCutIn(double seconds) {
        return "Thông báo khẩn chen vào " + Math.round(seconds) + " giây, sau đó tiếp âm lại / an urgent notice cut in for "
                + Math.round(seconds) + " s, then the relay resumed";
    }

    static String relayCannotDecode(String message) {
        return "Không mở được luồng tiếp âm / cannot open the stream: " + message;
    }
}
