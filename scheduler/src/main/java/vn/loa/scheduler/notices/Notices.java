package vn.loa.scheduler.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.Scope;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.NoticeAiring;
import vn.loa.scheduler.domain.NoticeHeader;
import vn.loa.scheduler.domain.NoticeReach;
import vn.loa.scheduler.planning.NoticeSpec;
import vn.loa.scheduler.publishing.SchedulePublisher;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.Store;

/**
 * Urgent notices (thông báo khẩn): storm, flood, epidemic. Issuing one re-plans and publishes at once,
 * so the affected stations' schedules hold it before the answer returns. A notice can be followed
 * (received, aired, missed, per station) and cancelled: its airings not over yet are withdrawn and an
 * agent airing it stops. Before and after issuing, the stations that cannot air it are counted.
 * Blocking: call off the event loop.
 */
public final class Notices {

    /** Why a cancelled notice's airings were withdrawn, as the station's schedule and the agent say it. */
    public static final String CANCELLED = "Thông báo đã bị huỷ / the notice was cancelled";

    /** A notice with its airings at the caller's stations. */
    public record Progress(NoticeHeader notice, List<NoticeAiring> airings) {
    }

    public record Issued(long id, NoticeSpec spec, Instant issuedAt, NoticeReach reach, SchedulePublisher.Result published) {
    }

    public record Cancelled(long id, Instant cancelledAt, int stations) {
    }

    private final Store store;
    private final SchedulePublisher publisher;
    private final Clock clock;
    private final ZoneId zone;

    public Notices(Store store, SchedulePublisher publisher, Clock clock, ZoneId zone) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
        this.zone = zone;
    }

    /** Today in the stations' time zone, for lists that default to the last days. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Notices issued on the days {@code from}..{@code to} that reach the caller's scope or were issued in it. */
    public List<Progress> list(Caller caller, LocalDate from, LocalDate to) {
        String scope = caller.listFilter();
        return store.read(r -> {
            List<Progress> list = new ArrayList<>();
            for (NoticeHeader n : r.notices().list(scope, from.atStartOfDay(zone).toInstant(),
                    to.plusDays(1).atStartOfDay(zone).toInstant())) {
                list.add(new Progress(n, r.notices().airings(n.id(), scope)));
            }
            return list;
        });
    }

    public Progress read(Caller caller, long id) {
        return store.read(r -> {
            NoticeHeader n = find(r, id);
            // like a campaign: read in the issuer's subtree, and below it (a commune reads its province's notices)
            Scope.requireReadable(r, caller.principal(), n.issuedByUnitCode());
            return new Progress(n, r.notices().airings(id, caller.listFilter()));
        });
    }

    /** What issuing would reach, without issuing: the confirmation step shows it. */
    public NoticeReach preview(Caller caller, NoticeSpec spec) {
        return store.read(r -> {
            NoticeCheck.check(r, caller.principal(), spec);
            return r.notices().reach(r.planning().stationsOf(spec.targetUnits(), spec.targetStations()));
        });
    }

    public Issued issue(Caller caller, NoticeSpec spec) {
        record Stored(long id, Instant at, NoticeReach reach) {
        }
        Stored stored = store.write(r -> {
            NoticeCheck.check(r, caller.principal(), spec);
            Instant now = clock.instant();
            long id = r.planning().insertNotice(spec, now);
            Audit.record(r, caller.actor(), now, "notice.issue", "notice", String.valueOf(id), spec.issuedByUnitCode(),
                    spec.title());
            return new Stored(id, now, r.notices().reach(r.planning().stationsOf(spec.targetUnits(), spec.targetStations())));
        });
        return new Issued(stored.id(), spec, stored.at(), stored.reach(), publisher.publish());
    }

    public Cancelled cancel(Caller caller, long id) {
        Cancelled cancelled = store.write(r -> {
            NoticeHeader n = find(r, id);
            Scope.requireUnit(r, caller.principal(), n.issuedByUnitCode());
            if (n.cancelledAt() != null) {
                throw new DomainException(DomainException.Kind.CONFLICT, "notice_cancelled", "Thông báo này đã được huỷ trước đó.",
                        "This notice was already cancelled.", null);
            }
            Instant now = clock.instant();
            Set<Long> stations = r.planning().withdrawNotice(id, now, CANCELLED);
            if (stations.isEmpty()) {
                throw new DomainException(DomainException.Kind.CONFLICT, "notice_finished",
                        "Thông báo đã phát xong hoặc đã qua giờ phát: không còn lượt nào để huỷ.",
                        "The notice has finished airing: there is nothing left to cancel.", null);
            }
            r.planning().cancelNotice(id, now, caller.username());
            Audit.record(r, caller.actor(), now, "notice.cancel", "notice", String.valueOf(id), n.issuedByUnitCode(),
                    n.title() + " (" + stations.size() + " đài / stations)");
            return new Cancelled(id, now, stations.size());
        });
        publisher.publish();
        return cancelled;
    }

    private static NoticeHeader find(Repositories r, long id) {
        return r.notices().find(id).orElseThrow(() -> DomainException.notFound("thông báo khẩn", "Urgent notice",
                String.valueOf(id)));
    }
}
