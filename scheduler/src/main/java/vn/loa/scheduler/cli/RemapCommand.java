package vn.loa.scheduler.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.imports.Remap;
import vn.loa.scheduler.imports.RemapPlan;
import vn.loa.scheduler.store.Stores;
import vn.loa.scheduler.store.Store;

/**
 * {@code remap --data DIR --mapping FILE [--units FILE] [--on DAY] [--apply]}: moves a deployment of the old
 * three-level map to the map of July 2025. Without {@code --apply} it only prints what would change.
 */
public final class RemapCommand {

    /** The day of the national reform (Resolution 202/2025/QH15). */
    public static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);

    private final PrintStream out;
    private final Clock clock;

    public RemapCommand(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    /** @return the exit code: 0 when the plan holds (applied or, in a dry run, applicable), 1 when rows are wrong */
    public int run(String storeUrl, Path dataDir, int busyTimeoutMillis, Path mapping, Path units, LocalDate reformDay, boolean apply) {
        byte[] mappingCsv = read(mapping);
        byte[] unitsCsv = units == null ? null : read(units);
        try (Store store = Stores.open(storeUrl, dataDir, busyTimeoutMillis)) {
            Remap.Outcome outcome = new Remap(store, clock).run(Caller.system("remap", "cli"), mappingCsv, unitsCsv,
                    reformDay, apply);
            print(outcome, apply);
            return outcome.plan().applicable() ? 0 : 1;
        } catch (DomainException e) {
            out.println("TỪ CHỐI / REFUSED: " + e.getMessage());
            return 1;
        }
    }

    private void print(Remap.Outcome outcome, boolean apply) {
        RemapPlan p = outcome.plan();
        out.println(apply ? "Chuyển sang bản đồ hành chính mới / Moving to the new map"
                : "Chạy thử, chưa thay đổi gì / Dry run, nothing changed");
        out.printf("  %d dòng; %d dòng của huyện không có trong Loa (bỏ qua); %d dòng đã chuyển lần trước%n"
                + "  %d rows; %d rows of districts not in Loa (skipped); %d rows moved by an earlier run%n",
                p.rows(), p.skippedRows(), p.movedBefore(), p.rows(), p.skippedRows(), p.movedBefore());
        if (!p.applicable()) {
            out.printf("%d lỗi, không áp dụng gì / %d problems, nothing applied:%n", p.problems().size(), p.problems().size());
            p.problems().forEach(problem -> out.println("  " + (problem.line() > 0 ? "dòng / row " + problem.line() + ": " : "")
                    + problem.vietnamese() + " / " + problem.english()));
            return;
        }
        if (p.changesNothing()) {
            out.println("  Không có gì cần đổi / Nothing to change");
            return;
        }
        line("đơn vị cũ thôi hiệu lực (giữ lịch sử) / old units leave force (history kept)", p.supersede().size());
        line("tỉnh đổi tên / provinces renamed", p.renamed().size());
        line("đơn vị mới / new units", p.created().size());
        line("nhóm kế hoạch từ huyện, tỉnh cũ / planning groups of former districts and provinces", p.groups().size());
        line("đài mới của xã mới / new communes' stations", p.newStations().size());
        line("đài cũ thành điểm phát của đài xã mới / old stations become sites of the new station", p.merges().size());
        line("người dùng đổi phạm vi / users with a new scope", p.users().size());
        line("chiến dịch đang chạy đổi đối tượng / running campaigns retargeted", p.campaigns().size());
        p.merges().forEach(m -> out.println("    " + m.stationCode() + " → " + m.newStationCode()));
        p.users().forEach(u -> out.println("    " + u.username() + ": " + u.from() + " → " + u.to()));
        out.println(outcome.applied() ? "Đã áp dụng trong một giao dịch / Applied in one transaction"
                : "Chạy lại với --apply để áp dụng / Run again with --apply to apply");
    }

    private void line(String what, int count) {
        out.printf("  %5d  %s%n", count, what);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("không đọc được / cannot read " + file, e);
        }
    }

    public static List<String> flags() {
        return List.of("data", "mapping", "units", "on", "config");
    }
}
