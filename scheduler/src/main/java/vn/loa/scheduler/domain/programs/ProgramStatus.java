package vn.loa.scheduler.domain.programs;

import java.util.Optional;
import vn.loa.scheduler.domain.Word;

/**
 * Where a program stands. Upload makes it {@code processing}; ingest ends in {@code ready} (the draft a
 * planner listens to and reviews) or {@code rejected}; a planner approves it; it is retired when it
 * should air no more. Only approved programs are scheduled.
 */
public enum ProgramStatus implements Word {
    PROCESSING("đang xử lý"), REJECTED("bị từ chối"), READY("chờ duyệt"), APPROVED("đã duyệt"), RETIRED("ngừng phát");

    private final String vietnamese;

    ProgramStatus(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    @Override
    public String vietnamese() {
        return vietnamese;
    }

    public static Optional<ProgramStatus> fromWire(String s) {
        return Word.fromWire(ProgramStatus.class, s);
    }
}
