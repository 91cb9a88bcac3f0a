package vn.loa.scheduler.registry;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.Scope;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.PlanningGroup;
import vn.loa.scheduler.domain.PlanningGroupSpec;
import vn.loa.scheduler.domain.Problem;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.TextRules;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.Store;

/**
 * Planning groups: named sets of communes inside a province, kept by the province's planners and admins,
 * usable wherever a unit is (campaign targets, report roll-ups, a user's scope). Blocking: call off the
 * event loop.
 */
public final class PlanningGroups {

    /** A letter first: unit codes are the statistics office's digits, so one code never names both. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,39}");

    private final Store store;
    private final Clock clock;

    public PlanningGroups(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<PlanningGroup> list(Caller caller) {
        return store.read(r -> r.planningGroups().list(caller.listFilter()));
    }

    public PlanningGroup read(Caller caller, String code) {
        return store.read(r -> {
            PlanningGroup group = find(r, code);
            // whoever may read what the province produces may read how it groups its communes
            Scope.requireReadable(r, caller.principal(), group.spec().provinceCode());
            return group;
        });
    }

    public PlanningGroup create(Caller caller, PlanningGroupSpec spec) {
        return store.write(r -> {
            check(r, spec, true);
            Scope.requireUnit(r, caller.principal(), spec.provinceCode());
            Instant now = clock.instant();
            PlanningGroup group = r.planningGroups().insert(spec, now);
            Audit.record(r, caller.actor(), now, "planning_group.create", "planning_group", spec.code(), spec.provinceCode(),
                    json(group).encode());
            return group;
        });
    }

    public PlanningGroup update(Caller caller, String code, PlanningGroupSpec asked) {
        PlanningGroupSpec spec = new PlanningGroupSpec(code, asked.name(), asked.provinceCode(), asked.memberCodes());
        return store.write(r -> {
            PlanningGroup before = find(r, code);
            Scope.requireUnit(r, caller.principal(), before.spec().provinceCode());
            check(r, spec, false);
            Scope.requireUnit(r, caller.principal(), spec.provinceCode());
            Instant now = clock.instant();
            PlanningGroup after = r.planningGroups().update(spec, now);
            Audit.record(r, caller.actor(), now, "planning_group.update", "planning_group", code, spec.provinceCode(),
                    new JsonObject().put("before", json(before)).put("after", json(after)).encode());
            return after;
        });
    }

    /** A group no campaign targets (a campaign's record of whom it was for must keep reading). */
    public void delete(Caller caller, String code) {
        store.write(r -> {
            PlanningGroup group = find(r, code);
            Scope.requireUnit(r, caller.principal(), group.spec().provinceCode());
            int uses = r.planningGroups().uses(code);
            if (uses > 0) {
                throw new DomainException(DomainException.Kind.CONFLICT, "planning_group_in_use",
                        "Không xoá được nhóm '" + group.spec().name() + "': " + uses + " chiến dịch nhắm tới nhóm này.",
                        "Group '" + group.spec().name() + "' cannot be deleted: " + uses + " campaigns target it.",
                        new JsonObject().put("uses", uses));
            }
            r.planningGroups().delete(code);
            Audit.record(r, caller.actor(), clock.instant(), "planning_group.delete", "planning_group", code,
                    group.spec().provinceCode(), json(group).encode());
            return null;
        });
    }

    /** Everything wrong with storing {@code spec}, every problem at once (shared with the CSV import). */
    public static void check(Repositories r, PlanningGroupSpec spec, boolean isNew) {
        Problems problems = new Problems();
        problems.addAll(problemsOf(r, spec, isNew));
        problems.throwIfAny("Nhóm lập kế hoạch", "The planning group");
    }

    public static List<Problem> problemsOf(Repositories r, PlanningGroupSpec spec, boolean isNew) {
        Problems problems = new Problems();
        if (spec.code() == null || !CODE.matcher(spec.code()).matches()) {
            problems.add("code", "Mã nhóm bắt đầu bằng một chữ cái, gồm chữ không dấu, số, '.', '-', '_' (tối đa 40 ký tự).",
                    "A group code starts with a letter: plain letters, digits, '.', '-', '_' (at most 40).");
        } else if (isNew && (r.planningGroups().findByCode(spec.code()).isPresent()
                || r.orgUnits().findByCode(spec.code()).isPresent())) {
            problems.add("code", "Mã '" + spec.code() + "' đã được dùng.", "Code '" + spec.code() + "' is already in use.");
        }
        TextRules.checkName("name", spec.name(), 200, problems);
        Optional<OrgUnit> province = spec.provinceCode() == null ? Optional.empty() : r.orgUnits().findByCode(spec.provinceCode());
        if (province.isEmpty() || province.get().level() != OrgUnitLevel.PROVINCE) {
            problems.add("province_code", "Không có tỉnh với mã '" + spec.provinceCode() + "'.",
                    "There is no province with code '" + spec.provinceCode() + "'.");
            return problems.list();
        }
        if (spec.memberCodes().isEmpty()) {
            problems.add("member_codes", "Nhóm cần ít nhất một xã/phường.", "A group needs at least one commune.");
        }
        Set<String> seen = new HashSet<>();
        for (String member : spec.memberCodes()) {
            Optional<OrgUnit> unit = r.orgUnits().findByCode(member);
            if (!seen.add(member)) {
                problems.add("member_codes", "Xã/phường '" + member + "' có hai lần trong nhóm.", "Commune '" + member + "' is listed twice.");
            } else if (unit.isEmpty() || unit.get().level() != OrgUnitLevel.COMMUNE) {
                problems.add("member_codes", "Không có xã/phường với mã '" + member + "'.", "There is no commune with code '" + member + "'.");
            } else if (!r.orgUnits().isWithin(member, spec.provinceCode())) {
                problems.add("member_codes", "Xã/phường '" + unit.get().name() + "' không thuộc " + province.get().name() + ".",
                        "Commune '" + unit.get().name() + "' is not in " + province.get().name() + ".");
            }
        }
        return problems.list();
    }

    private static PlanningGroup find(Repositories r, String code) {
        return r.planningGroups().findByCode(code)
                .orElseThrow(() -> DomainException.notFound("nhóm lập kế hoạch", "Planning group", code));
    }

    public static JsonObject json(PlanningGroup g) {
        return new JsonObject().put("code", g.spec().code()).put("name", g.spec().name())
                .put("province_code", g.spec().provinceCode()).put("member_codes", new JsonArray(g.spec().memberCodes()));
    }
}
