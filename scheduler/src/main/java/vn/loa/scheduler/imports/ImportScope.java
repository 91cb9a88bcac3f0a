package vn.loa.scheduler.imports;

import vn.loa.scheduler.domain.Problem;

/** Which units the importing user may write under; rows outside it are bad rows like any other. */
public interface ImportScope {

    /** True when {@code unitCode} lies in the caller's scope; null asks about the whole system. */
    boolean covers(String unitCode);

    ImportScope EVERYTHING = unitCode -> true;

    static Problem outside(String field, String unitCode) {
        return new Problem(field, "Đơn vị '" + unitCode + "' nằm ngoài phạm vi bạn được giao.",
                "Unit '" + unitCode + "' is outside your scope.");
    }
}
