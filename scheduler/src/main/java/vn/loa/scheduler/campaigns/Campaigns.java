package vn.loa.scheduler.campaigns;

import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.Scope;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.planning.CampaignRecord;
import vn.loa.scheduler.planning.CampaignSpec;
import vn.loa.scheduler.planning.CampaignStatus;
import vn.loa.scheduler.publishing.Feasibility;
import vn.loa.scheduler.publishing.SchedulePublisher;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.Store;

/**
 * Campaigns (kế hoạch phát sóng): drafted, checked with the feasibility report, published (which plans
 * and publishes the horizon at once), changed, closed, by planners and admins of the owner's scope.
 * Blocking: call off the event loop. Every change is checked ({@link CampaignCheck}), scoped and audited
 * in the transaction that makes it.
 */
public final class Campaigns {

    /** A campaign with its programs' titles. */
    public record Detail(CampaignRecord campaign, List<ProgramTitle> programs) {
    }

    /** A program's title; null when the program is gone. */
    public record ProgramTitle(long id, String title) {
    }

    /** A change of status and what publishing then did. */
    public record Transition(CampaignRecord campaign, SchedulePublisher.Result published) {
    }

    private final Store store;
    private final SchedulePublisher publisher;
    private final Clock clock;

    public Campaigns(Store store, SchedulePublisher publisher, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Today in the stations' time zone: a campaign's period is a span of days. */
    /** What a planner should know of the campaign's period today (it started before today); null when nothing. */
    public PeriodNote periodNote(CampaignRecord c) {
        return CampaignCheck.startsBeforeToday(c.spec(), today());
    }

    public LocalDate today() {
        return publisher.today();
    }

    public List<CampaignRecord> list(Caller caller) {
        return store.read(r -> r.planning().listCampaigns(caller.listFilter()));
    }

    /**
     * The campaign with its programs' titles: a commune planner reads a province campaign whose programs
     * another unit produced, which their own program list does not show.
     */
    public Detail read(Caller caller, long id) {
        return store.read(r -> {
            CampaignRecord c = readable(r, caller, id);
            List<ProgramTitle> programs = new ArrayList<>();
            for (long programId : c.spec().programIds()) {
                programs.add(new ProgramTitle(programId, r.programs().find(programId).map(Program::title).orElse(null)));
            }
            return new Detail(c, programs);
        });
    }

    public CampaignRecord create(Caller caller, CampaignSpec spec) {
        return store.write(r -> {
            CampaignCheck.check(r, caller.principal(), spec);
            CampaignCheck.notOver(spec, today());
            Instant now = clock.instant();
            CampaignRecord c = r.planning().insertCampaign(spec, CampaignStatus.DRAFT, now);
            Audit.record(r, caller.actor(), now, "campaign.create", "campaign", String.valueOf(c.id()),
                    spec.ownerUnitCode(), CampaignSummary.of(c));
            return c;
        });
    }

    /** Changes the campaign; an active one is re-planned and published at once. */
    public CampaignRecord update(Caller caller, long id, CampaignSpec spec) {
        CampaignRecord after = store.write(r -> {
            CampaignRecord before = writable(r, caller, id);
            CampaignCheck.check(r, caller.principal(), spec);
            Instant now = clock.instant();
            r.planning().updateCampaign(id, spec, now);
            Audit.record(r, caller.actor(), now, "campaign.update", "campaign", String.valueOf(id),
                    spec.ownerUnitCode(), new JsonObject().put("before", CampaignSummary.json(before)).encode());
            return r.planning().findCampaign(id).orElseThrow();
        });
        if (after.status() == CampaignStatus.ACTIVE) {
            publisher.publish();
        }
        return after;
    }

    /** Publishes a draft (or an active campaign again). */
    public Transition publish(Caller caller, long id) {
        return transition(caller, id, CampaignStatus.ACTIVE, "campaign.publish", null);
    }

    /**
     * Closes the campaign: its airings not yet frozen are withdrawn by the publication that follows. The reason
     * (a decision, a budget ended early) goes into the audit log with the change.
     */
    public Transition close(Caller caller, long id, String reason) {
        return transition(caller, id, CampaignStatus.CLOSED, "campaign.close", reason);
    }

    /** Deletes a draft that was never published; a published campaign is closed instead, so its history stays. */
    public void deleteDraft(Caller caller, long id) {
        store.write(r -> {
            CampaignRecord c = writable(r, caller, id);
            if (c.status() != CampaignStatus.DRAFT || c.publishedAt() != null) {
                throw new DomainException(DomainException.Kind.CONFLICT, "campaign_not_draft", "Chỉ xoá được kế hoạch nháp"
                        + " chưa từng xuất bản; kế hoạch đã xuất bản thì hãy kết thúc để giữ lịch sử.", "Only a draft never"
                        + " published can be deleted; close a published campaign so its history stays.", null);
            }
            r.planning().deleteCampaign(id);
            Audit.record(r, caller.actor(), clock.instant(), "campaign.delete", "campaign", String.valueOf(id),
                    c.spec().ownerUnitCode(), CampaignSummary.of(c));
            return null;
        });
    }

    /**
     * A new draft with the campaign's owner, targets, frequency and programs over another period (last year's
     * plan for this year). Programs retired since are left out; if none is left, nothing is made.
     */
    public CampaignRecord cloneInto(Caller caller, long id, String name, LocalDate from, LocalDate to) {
        record Source(CampaignSpec spec, List<Long> approved) {
        }
        Source s = store.read(r -> {
            CampaignSpec spec = readable(r, caller, id).spec();
            return new Source(spec, spec.programIds().stream().filter(p -> r.programs().find(p)
                    .filter(x -> x.status() == ProgramStatus.APPROVED).isPresent()).toList());
        });
        CampaignSpec source = s.spec();
        List<Long> programs = s.approved();
        return create(caller, new CampaignSpec(name == null || name.isBlank() ? source.name() : name, source.ownerUnitCode(),
                from, to, source.priority(), source.target(), source.targetUnits(), source.targetStations(), programs,
                source.preferred()));
    }

    /** Creates and publishes in one step (the demo's province campaign, a command-line plan). */
    public Transition createAndPublish(Caller caller, CampaignSpec spec) {
        return publish(caller, create(caller, spec).id());
    }

    public Feasibility feasibility(Caller caller, long id) {
        record Found(CampaignRecord campaign, Set<Long> stations) {
        }
        Found found = store.read(r -> {
            CampaignRecord c = readable(r, caller, id);
            return new Found(c, r.planning().stationsOf(c.spec().targetUnits(), c.spec().targetStations()));
        });
        return Feasibility.of(id, publisher.input(), found.campaign(), found.stations());
    }

    private Transition transition(Caller caller, long id, CampaignStatus status, String action, String reason) {
        CampaignRecord after = store.write(r -> {
            CampaignRecord before = writable(r, caller, id);
            if (before.status() == CampaignStatus.CLOSED) {
                throw new DomainException(DomainException.Kind.CONFLICT, "campaign_closed",
                        "Kế hoạch đã kết thúc; hãy tạo kế hoạch mới.", "The campaign is closed; create a new one.", null);
            }
            Instant now = clock.instant();
            r.planning().setCampaignStatus(id, status, now);
            Audit.record(r, caller.actor(), now, action, "campaign", String.valueOf(id), before.spec().ownerUnitCode(),
                    before.status().wireName() + " -> " + status.wireName() + (reason == null || reason.isBlank() ? ""
                            : ": " + reason.strip()));
            return r.planning().findCampaign(id).orElseThrow();
        });
        return new Transition(after, publisher.publish());
    }

    private static CampaignRecord readable(Repositories r, Caller caller, long id) {
        CampaignRecord c = find(r, id);
        Scope.requireReadable(r, caller.principal(), c.spec().ownerUnitCode());
        return c;
    }

    private static CampaignRecord writable(Repositories r, Caller caller, long id) {
        CampaignRecord c = find(r, id);
        Scope.requireUnit(r, caller.principal(), c.spec().ownerUnitCode());
        return c;
    }

    private static CampaignRecord find(Repositories r, long id) {
        return r.planning().findCampaign(id).orElseThrow(() -> DomainException.notFound("kế hoạch phát sóng", "Campaign",
                String.valueOf(id)));
    }
}
