package vn.loa.scheduler.registry;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.OrgUnitRules;
import vn.loa.scheduler.domain.OrgUnitSpec;
import vn.loa.scheduler.domain.Problem;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.store.Repositories;

/**
 * Changes to the org-unit tree, each checked against the tree rules inside the caller's transaction.
 * A refused change throws before writing, so the transaction rolls back with nothing written.
 */
public final class OrgUnitRegistry {

    private OrgUnitRegistry() {
    }

    /** Everything wrong with creating ({@code existing} empty) or changing a unit to {@code spec}. */
    public static List<Problem> problemsOf(Repositories r, OrgUnitSpec spec, Optional<OrgUnit> existing) {
        Optional<OrgUnitLevel> parentLevel = spec.parentCode() == null ? Optional.empty()
                : r.orgUnits().findByCode(spec.parentCode()).map(OrgUnit::level);
        Problems problems = new Problems();
        problems.addAll(OrgUnitRules.check(spec, parentLevel));
        if (existing.isPresent() && existing.get().level() != spec.level()) {
            problems.add("level", "Không thể đổi cấp của đơn vị " + spec.code() + " (" + existing.get().level().vietnamese()
                            + "); hãy tạo đơn vị mới với mã mới.",
                    "The level of unit " + spec.code() + " cannot change; create a new unit with a new code.");
        }
        if (existing.isPresent() && spec.code().equals(spec.parentCode())) {
            problems.add("parent_code", "Một đơn vị không thể trực thuộc chính nó.", "A unit cannot be its own parent.");
        }
        return problems.list();
    }

    public static OrgUnit create(Repositories r, OrgUnitSpec spec, Instant now) {
        if (r.orgUnits().findByCode(spec.code()).isPresent()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "duplicate_code",
                    "Đã có đơn vị với mã '" + spec.code() + "'. Hãy sửa đơn vị đó thay vì tạo mới.",
                    "A unit with code '" + spec.code() + "' already exists. Change it instead of creating a new one.",
                    new JsonObject().put("code", spec.code()));
        }
        Problems problems = new Problems();
        problems.addAll(problemsOf(r, spec, Optional.empty()));
        problems.throwIfAny("Đơn vị hành chính", "The org unit");
        return r.orgUnits().insert(spec, now);
    }

    public static OrgUnit update(Repositories r, OrgUnitSpec spec, Instant now) {
        OrgUnit existing = find(r, spec.code());
        Problems problems = new Problems();
        problems.addAll(problemsOf(r, spec, Optional.of(existing)));
        problems.throwIfAny("Đơn vị hành chính", "The org unit");
        return r.orgUnits().update(spec, now);
    }

    /** Deletes a unit that has neither child units nor stations. */
    public static void delete(Repositories r, String code) {
        find(r, code);
        int children = r.orgUnits().countChildren(code);
        int stations = r.stations().countInUnit(code);
        if (children > 0 || stations > 0) {
            throw new DomainException(DomainException.Kind.CONFLICT, "unit_in_use",
                    "Không xoá được đơn vị " + code + ": còn " + children + " đơn vị trực thuộc và " + stations
                            + " đài. Hãy chuyển hoặc xoá chúng trước.",
                    "Unit " + code + " cannot be deleted: it still has " + children + " child units and " + stations
                            + " stations. Move or delete them first.",
                    new JsonObject().put("children", children).put("stations", stations));
        }
        r.orgUnits().delete(code);
    }

    public static OrgUnit find(Repositories r, String code) {
        return r.orgUnits().findByCode(code)
                .orElseThrow(() -> DomainException.notFound("đơn vị hành chính", "Org unit", code));
    }
}
