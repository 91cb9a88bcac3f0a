package vn.loa.scheduler.notices;

import java.util.List;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.access.Scope;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.TextRules;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.planning.NoticeSpec;
import vn.loa.scheduler.store.Repositories;

/** What an urgent notice must be before it is issued, and whose stations it may reach. */
final class NoticeCheck {

    private NoticeCheck() {
    }

    /** Title, program, targets and issuer make sense, and all lie in the caller's scope. */
    static void check(Repositories r, Principal principal, NoticeSpec spec) {
        List<String> units = spec.targetUnits();
        List<Long> stations = spec.targetStations();
        String issuer = spec.issuedByUnitCode();
        Problems problems = new Problems();
        TextRules.checkName("title", spec.title(), 200, problems);
        Program program = r.programs().find(spec.programId()).orElse(null);
        if (program == null || (program.status() != ProgramStatus.APPROVED && program.status() != ProgramStatus.READY)) {
            problems.add("program_id", "Chương trình #" + spec.programId() + " không tồn tại hoặc chưa xử lý xong.",
                    "Program #" + spec.programId() + " does not exist or is not processed yet.");
        }
        if (units.isEmpty() && stations.isEmpty()) {
            problems.add("target_units", "Hãy chọn đơn vị hoặc đài nhận thông báo.", "Choose the target units or stations.");
        }
        if (issuer == null || r.orgUnits().findByCode(issuer).isEmpty()) {
            problems.add("issued_by_unit_code", "Hãy chọn đơn vị ban hành.", "Choose the issuing unit.");
        }
        problems.throwIfAny("Thông báo khẩn", "The urgent notice");
        Scope.requireUnit(r, principal, issuer);
        units.forEach(code -> Scope.requireUnit(r, principal, code));
        for (long id : stations) {
            Scope.requireStation(r, principal, r.stations().find(id).orElseThrow(() ->
                    DomainException.notFound("đài truyền thanh", "Station", String.valueOf(id))));
        }
    }
}
