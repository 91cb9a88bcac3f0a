package vn.loa.scheduler.domain;

import java.util.List;

/**
 * What a planner says a planning group is.
 *
 * @param memberCodes the codes of its communes, all inside the province
 */
public record PlanningGroupSpec(String code, String name, String provinceCode, List<String> memberCodes) {

    public PlanningGroupSpec {
        memberCodes = memberCodes == null ? List.of() : List.copyOf(memberCodes);
    }
}
