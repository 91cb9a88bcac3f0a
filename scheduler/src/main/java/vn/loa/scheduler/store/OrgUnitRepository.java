package vn.loa.scheduler.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.OrgUnitSpec;

/** Org units by official code. The caller checks the tree rules before writing. */
public interface OrgUnitRepository {

    Optional<OrgUnit> findByCode(String code);

    /**
     * @param parentCode only the direct children of this unit, or every unit when null
     * @param level      only units of this level, or any when null
     */
    default List<OrgUnit> list(String parentCode, OrgUnitLevel level) {
        return list(parentCode, level, null);
    }

    /** @param withinCode only units in this unit's subtree (itself included), or any when null */
    List<OrgUnit> list(String parentCode, OrgUnitLevel level, String withinCode);

    OrgUnit insert(OrgUnitSpec spec, Instant now);

    /** Changes name, type and parent of the unit with {@code spec.code()}; its level stays. */
    OrgUnit update(OrgUnitSpec spec, Instant now);

    void delete(String code);

    /** The unit leaves force on {@code day} (the map it belonged to was replaced); it keeps its code and history. */
    void supersede(long id, LocalDate day, Instant now);

    int countChildren(String code);

    /**
     * True when {@code code} is {@code scopeCode} itself or lies below it in the tree. Either may be a planning
     * group's: below a group lie its members and their subtrees; a group lies below its province.
     */
    boolean isWithin(String code, String scopeCode);

    /** A code a scope, a report or a target may name: a unit's or a planning group's. */
    boolean isScope(String code);
}
