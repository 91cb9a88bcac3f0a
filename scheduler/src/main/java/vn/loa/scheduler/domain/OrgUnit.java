package vn.loa.scheduler.domain;

import java.time.LocalDate;

/**
 * A node of the administrative tree (province, district or commune), keyed by its official code.
 *
 * @param parentCode   null for a province
 * @param supersededOn null for a unit in force; for a unit of the map before July 2025 that a deployment moved
 *                     off, the day it stopped (its code may then name a new unit; it keeps its history)
 */
public record OrgUnit(long id, String code, String name, String type, OrgUnitLevel level, String parentCode,
                      LocalDate supersededOn) {

    public boolean inForce() {
        return supersededOn == null;
    }
}
