package vn.loa.scheduler.planning;

import java.util.Locale;
import java.util.Optional;

/** Where a campaign stands: drafted and checked, published (its schedules air), or closed for good. */
public enum CampaignStatus {
    DRAFT("bản nháp"), ACTIVE("đang chạy"), CLOSED("đã kết thúc");

    private final String vietnamese;

    CampaignStatus(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String vietnamese() {
        return vietnamese;
    }

    public static Optional<CampaignStatus> fromWire(String s) {
        for (CampaignStatus status : values()) {
            if (status.wireName().equals(s)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
