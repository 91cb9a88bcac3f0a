package vn.loa.scheduler.campaigns;

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
