package vn.loa.scheduler.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.StationHeader;
import vn.loa.scheduler.store.Repositories;

/**
 * Object scope, checked by the services on every object they read or write, including objects reached
 * by id: a user's objects lie in the subtree of their scope unit; a station agent has only its own
 * station. Each rule has a yes/no form (for filtering) and a throwing form (for refusing).
 */
public final class Scope {

    private static final Logger LOG = LoggerFactory.getLogger(Scope.class);

    private Scope() {
    }

    /** The unit to filter lists by: the user's scope, or null for the whole system. */
    public static String listFilter(Principal principal) {
        return principal instanceof Principal.User u ? u.scopeCode() : null;
    }

    /** May change what belongs to the unit: the unit lies in the user's subtree. */
    public static boolean covers(Repositories r, Principal principal, String unitCode) {
        if (principal instanceof Principal.User u) {
            return u.scopeCode() == null || (unitCode != null && r.orgUnits().isWithin(unitCode, u.scopeCode()));
        }
        return principal instanceof Principal.System;
    }

    /**
     * May read what belongs to the unit. Reading is wider than writing: a user also reads what units above
     * their scope produce, since a commune airs its district's and province's programs.
     */
    public static boolean canRead(Repositories r, Principal principal, String unitCode) {
        return covers(r, principal, unitCode)
                || principal instanceof Principal.User u && r.orgUnits().isWithin(u.scopeCode(), unitCode);
    }

    /** May see or act for the station: an agent its own, a user those of the communes in their subtree. */
    public static boolean coversStation(Repositories r, Principal principal, Station station) {
        return coversStation(r, principal, station.header());
    }

    public static boolean coversStation(Repositories r, Principal principal, StationHeader station) {
        if (principal instanceof Principal.Station s) {
            return s.stationId() == station.id();
        }
        return covers(r, principal, station.communeCode());
    }

    public static void requireReadable(Repositories r, Principal principal, String unitCode) {
        if (!canRead(r, principal, unitCode)) {
            LOG.warn("[access] {} refused reading unit {}", principal.describe(), unitCode);
            throw DomainException.outOfScope("đơn vị", "unit");
        }
    }

    public static void requireUnit(Repositories r, Principal principal, String unitCode) {
        if (!covers(r, principal, unitCode)) {
            LOG.warn("[access] {} refused unit {}", principal.describe(), unitCode);
            throw DomainException.outOfScope("đơn vị", "unit");
        }
    }

    /**
     * May hand out or hang things under {@code unitCode}: a unit of the caller's subtree (one not registered
     * yet is left to the caller's own check), or, for null (the whole system, a new province), only a caller
     * whose scope is the whole system.
     */
    public static void requireAssignable(Repositories r, Principal principal, String unitCode, String wholeSystemVi,
                                         String wholeSystemEn) {
        if (unitCode == null) {
            if (listFilter(principal) != null) {
                throw DomainException.outOfScope(wholeSystemVi, wholeSystemEn);
            }
        } else if (r.orgUnits().isScope(unitCode)) {
            requireUnit(r, principal, unitCode);
        }
    }

    public static void requireStation(Repositories r, Principal principal, Station station) {
        requireStation(r, principal, station.header());
    }

    public static void requireStation(Repositories r, Principal principal, StationHeader station) {
        if (!coversStation(r, principal, station)) {
            LOG.warn("[access] {} refused station {} (id {})", principal.describe(), station.code(), station.id());
            throw DomainException.outOfScope(principal instanceof Principal.Station ? "đài" : "đơn vị",
                    principal instanceof Principal.Station ? "station" : "unit");
        }
    }
}
