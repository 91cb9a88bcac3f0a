package vn.loa.scheduler.domain;

import java.time.Duration;
import java.time.Instant;

/** How a site's agent stands now: never heard from, heard lately, silent too long, or retired. */
public enum SiteState implements Word {
    NEVER_HEARD("chưa kết nối"), ONLINE("đang hoạt động"), SILENT("im lặng"), RETIRED("ngừng sử dụng");

    private final String vietnamese;

    SiteState(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    @Override
    public String vietnamese() {
        return vietnamese;
    }

    /** Silent: no heartbeat for longer than {@code silentAfter}, the same threshold as a silent station's. */
    public static SiteState of(Site site, Instant now, Duration silentAfter) {
        if (site.retiredAt() != null) {
            return RETIRED;
        }
        if (site.lastHeartbeatAt() == null) {
            return NEVER_HEARD;
        }
        return site.lastHeartbeatAt().plus(silentAfter).isBefore(now) ? SILENT : ONLINE;
    }
}
