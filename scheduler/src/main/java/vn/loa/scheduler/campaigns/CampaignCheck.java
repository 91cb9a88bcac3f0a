package vn.loa.scheduler.campaigns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.access.Scope;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.TextRules;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.planning.CampaignSpec;
import vn.loa.scheduler.store.Repositories;

/** What a campaign must be before it is stored, and whose it may be. */
final class CampaignCheck {

    private CampaignCheck() {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * A new campaign that ended before today would publish nothing and say "everything fits": refused, saying
     * why (issue 22). One that started before today runs from today; {@link #startsBeforeToday} says so.
     */
    static void notOver(CampaignSpec spec, LocalDate today) {
        if (spec.to().isBefore(today)) {
            Problems problems = new Problems();
            problems.add("period_end", "Chiến dịch kết thúc ngày " + DAY.format(spec.to()) + ", trước hôm nay ("
                    + DAY.format(today) + "): không còn ngày nào để phát. Hãy chọn thời gian từ hôm nay trở đi.",
                    "The campaign ends on " + spec.to() + ", before today (" + today + "): no day is left to air it."
                    + " Choose a period from today on.");
            problems.throwIfAny("Kế hoạch phát sóng", "The campaign");
        }
    }

    /** The note a campaign that started before today carries: what aired stays, planning runs from today. */
    static PeriodNote startsBeforeToday(CampaignSpec spec, LocalDate today) {
        if (!spec.from().isBefore(today) || spec.to().isBefore(today)) {
            return null;
        }
        return new PeriodNote("Chiến dịch bắt đầu ngày " + DAY.format(spec.from()) + ", trước hôm nay: lịch phát được xếp từ hôm"
                + " nay (" + DAY.format(today) + "); những ngày đã qua giữ nguyên như đã phát.", "The campaign started on "
                + spec.from() + ", before today: it is planned from today (" + today + "); the days gone by stay as aired.");
    }

    /** Owner and targets in the caller's scope; programs exist and are approved; the period makes sense. */
    static void check(Repositories r, Principal principal, CampaignSpec spec) {
        Problems problems = new Problems();
        TextRules.checkName("name", spec.name(), 200, problems);
        if (spec.to().isBefore(spec.from())) {
            problems.add("period_end", "Ngày kết thúc phải từ ngày bắt đầu trở đi.", "period_end must not be before period_start.");
        }
        for (long id : spec.programIds()) {
            Program p = r.programs().find(id).orElse(null);
            if (p == null || p.status() != ProgramStatus.APPROVED) {
                problems.add("program_ids", "Chương trình #" + id + " không tồn tại hoặc chưa được duyệt.",
                        "Program #" + id + " does not exist or is not approved.");
            }
        }
        if (spec.targetUnits().isEmpty() && spec.targetStations().isEmpty()) {
            problems.add("target_units", "Hãy chọn đơn vị hoặc đài được phát.", "Choose the target units or stations.");
        }
        for (String code : spec.targetUnits()) {
            if (!r.orgUnits().isScope(code)) {
                problems.add("target_units", "Không có đơn vị '" + code + "'.", "There is no unit '" + code + "'.");
            }
        }
        if (r.orgUnits().findByCode(spec.ownerUnitCode()).isEmpty()) {
            problems.add("owner_unit_code", "Không có đơn vị '" + spec.ownerUnitCode() + "'.", "There is no unit '"
                    + spec.ownerUnitCode() + "'.");
        }
        problems.throwIfAny("Kế hoạch phát sóng", "The campaign");
        Scope.requireUnit(r, principal, spec.ownerUnitCode());
        spec.targetUnits().forEach(code -> Scope.requireUnit(r, principal, code));
        for (long stationId : spec.targetStations()) {
            Scope.requireStation(r, principal, r.stations().find(stationId).orElseThrow(() ->
                    DomainException.notFound("đài truyền thanh", "Station", String.valueOf(stationId))));
        }
    }
}
