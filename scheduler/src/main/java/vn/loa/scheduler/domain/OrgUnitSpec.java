package vn.loa.scheduler.domain;

/** What a person sends to create or change an org unit. */
public record OrgUnitSpec(String code, String name, String type, OrgUnitLevel level, String parentCode) {
}
