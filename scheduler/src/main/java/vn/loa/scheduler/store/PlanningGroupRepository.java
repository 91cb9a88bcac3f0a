package vn.loa.scheduler.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.PlanningGroup;
import vn.loa.scheduler.domain.PlanningGroupSpec;

/** Planning groups with their members. The caller checks the rules before writing. */
public interface PlanningGroupRepository {

    PlanningGroup insert(PlanningGroupSpec spec, Instant now);

    /** Replaces name, province and members of the group with {@code spec.code()}. */
    PlanningGroup update(PlanningGroupSpec spec, Instant now);

    Optional<PlanningGroup> findByCode(String code);

    /** The groups of provinces within {@code withinCode} (or that are {@code withinCode}), every group when null. */
    List<PlanningGroup> list(String withinCode);

    void delete(String code);

    /** The group was made of a former unit (a 2024 district): it covers that unit's history too. */
    void setFormerUnit(String code, long formerUnitId);

    /** Campaigns that target the group: a group in use is not deleted. */
    int uses(String code);
}
