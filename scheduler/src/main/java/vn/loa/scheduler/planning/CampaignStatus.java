package vn.loa.scheduler.planning;

import java.util.Optional;
import vn.loa.scheduler.domain.Word;

/** Where a campaign stands: drafted and checked, published (its schedules air), or closed for good. */
public enum CampaignStatus implements Word {
    DRAFT("bản nháp"), ACTIVE("đang chạy"), CLOSED("đã kết thúc");

    private final String vietnamese;

    CampaignStatus(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    @Override
    public String vietnamese() {
        return vietnamese;
    }

    public static Optional<CampaignStatus> fromWire(String s) {
        return Word.fromWire(CampaignStatus.class, s);
    }
}
