package vn.loa.scheduler.domain;

/**
 * A node of the administrative tree (province, district or commune), keyed by its official code.
 *
 * @param parentCode null for a province
 */
public record OrgUnit(long id, String code, String name, String type, OrgUnitLevel level, String parentCode) {
}
