package vn.loa.scheduler.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.store.Repositories;

/**
 * Object scope, checked by handlers on every object they read or write, including objects reached by
 * id: a user's objects lie in the subtree of their scope unit; a station agent has only its own station.
 */
final class Scope {

    private static final Logger LOG = LoggerFactory.getLogger(Scope.class);

    private Scope() {
    }

    /** The unit to filter lists by: the user's scope, or null for the whole system. */
    static String listFilter(Principal principal) {
        return principal instanceof Principal.User u ? u.scopeCode() : null;
    }

    static boolean covers(Repositories r, Principal principal, String unitCode) {
        if (principal instanceof Principal.User u) {
            return u.scopeCode() == null || (unitCode != null && r.orgUnits().isWithin(unitCode, u.scopeCode()));
        }
        return false;
    }

    /**
     * Reading is wider than writing: a user also reads what units above their scope produce, since a
     * commune airs its district's and province's programs.
     */
    static void requireReadable(Repositories r, Principal principal, String unitCode) {
        if (covers(r, principal, unitCode)) {
            return;
        }
        if (principal instanceof Principal.User u && r.orgUnits().isWithin(u.scopeCode(), unitCode)) {
            return;
        }
        LOG.warn("[access] {} refused reading unit {}", AccessGate.describe(principal), unitCode);
        throw DomainException.outOfScope("đơn vị", "unit");
    }

    static void requireUnit(Repositories r, Principal principal, String unitCode) {
        if (!covers(r, principal, unitCode)) {
            LOG.warn("[access] {} refused unit {}", AccessGate.describe(principal), unitCode);
            throw DomainException.outOfScope("đơn vị", "unit");
        }
    }

    static void requireStation(Repositories r, Principal principal, Station station) {
        if (principal instanceof Principal.Station s) {
            if (s.stationId() != station.id()) {
                LOG.warn("[access] {} refused station {} (id {})", AccessGate.describe(principal), station.spec().code(),
                        station.id());
                throw DomainException.outOfScope("đài", "station");
            }
            return;
        }
        requireUnit(r, principal, station.spec().communeCode());
    }
}
