package vn.loa.scheduler.relays;

import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.Scope;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.TextRules;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.domain.relay.RelaySource;
import vn.loa.scheduler.publishing.SchedulePublisher;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.Store;

/**
 * The live streams stations relay, named by a unit's admin: checked (the address's shape, then the stream
 * itself from the server, unless the admin says it is off the air now), scoped to the owner unit, audited.
 * A source in use is changed in place (its slots' relays are re-published with the new address); retired,
 * it is relayed no more and its slots end, what aired still naming it.
 */
public final class RelaySources {

    /** A source as an admin writes it. {@code checkStream} false: stored without trying the stream. */
    public record Draft(String ownerCode, String name, String url, Long fallbackProgramId, boolean checkStream) {
    }

    private final Store store;
    private final SchedulePublisher publisher;
    private final StreamProbe probe;
    private final Clock clock;

    public RelaySources(Store store, SchedulePublisher publisher, StreamProbe probe, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.probe = probe;
        this.clock = clock;
    }

    public List<RelaySource> list(Caller caller) {
        return store.read(r -> r.relays().sources().stream()
                .filter(s -> Scope.canRead(r, caller.principal(), s.ownerCode())).toList());
    }

    public RelaySource create(Caller caller, Draft draft) {
        check(draft);
        return store.write(r -> {
            Scope.requireUnit(r, caller.principal(), draft.ownerCode());
            requireFallback(r, draft.fallbackProgramId());
            Instant now = clock.instant();
            long id = r.relays().insertSource(new RelaySource(0, draft.ownerCode(), null, draft.name().strip(), draft.url(),
                    draft.fallbackProgramId(), null, caller.username(), now, now, null));
            RelaySource made = r.relays().source(id).orElseThrow();
            Audit.record(r, caller.actor(), now, "relay_source.create", "relay_source", String.valueOf(id), made.ownerCode(),
                    RelayJson.source(made).put("stream_checked", draft.checkStream()).encode());
            return made;
        });
    }

    public RelaySource update(Caller caller, long id, Draft draft) {
        check(draft);
        RelaySource changed = store.write(r -> {
            RelaySource s = inScope(r, caller, id);
            if (s.retiredAt() != null) {
                throw new DomainException(DomainException.Kind.CONFLICT, "source_retired", "Nguồn tiếp âm '" + s.name()
                        + "' đã ngừng dùng, không sửa được.", "Relay source '" + s.name() + "' is retired and cannot be changed.",
                        new JsonObject());
            }
            requireFallback(r, draft.fallbackProgramId());
            Instant now = clock.instant();
            r.relays().updateSource(id, draft.name().strip(), draft.url(), draft.fallbackProgramId(), now);
            RelaySource after = r.relays().source(id).orElseThrow();
            Audit.record(r, caller.actor(), now, "relay_source.update", "relay_source", String.valueOf(id), s.ownerCode(),
                    RelayJson.source(after).encode());
            return after;
        });
        publisher.publish();
        return changed;
    }

    public void retire(Caller caller, long id) {
        store.write(r -> {
            RelaySource s = inScope(r, caller, id);
            Instant now = clock.instant();
            r.relays().retireSource(id, now);
            Audit.record(r, caller.actor(), now, "relay_source.retire", "relay_source", String.valueOf(id), s.ownerCode(), s.name());
            return null;
        });
        publisher.publish();
    }

    /** Tries a stream from the server, for the console's test button; changes nothing. */
    public StreamProbe.Result test(String url) {
        Problems problems = new Problems();
        StreamUrl.check("url", url, problems);
        problems.throwIfAny("Nguồn tiếp âm", "The relay source");
        return probe.probe(url);
    }

    private void check(Draft draft) {
        Problems problems = new Problems();
        TextRules.checkName("name", draft.name(), 200, problems);
        TextRules.checkPlain("name", draft.name(), problems);
        StreamUrl.check("url", draft.url(), problems);
        problems.throwIfAny("Nguồn tiếp âm", "The relay source");
        if (draft.checkStream()) {
            // outside the store's transaction: a stream may take seconds to answer
            StreamProbe.Result tried = probe.probe(draft.url());
            if (!tried.audio()) {
                problems.add("url", tried.messageVi() + " Nếu đài nguồn chỉ phát vào giờ tiếp âm, hãy bỏ chọn 'Thử luồng phát'.",
                        tried.messageEn() + " If the source is on the air only at its relay times, untick 'Try the stream'.");
                problems.throwIfAny("Nguồn tiếp âm", "The relay source");
            }
        }
    }

    private static void requireFallback(Repositories r, Long programId) {
        if (programId == null) {
            return;
        }
        Program p = r.programs().find(programId).orElse(null);
        if (p == null || p.status() != ProgramStatus.APPROVED) {
            Problems problems = new Problems();
            problems.add("fallback_program_id", "Chương trình dự phòng #" + programId + " không có hoặc chưa được duyệt.",
                    "Fallback program #" + programId + " does not exist or is not approved.");
            problems.throwIfAny("Nguồn tiếp âm", "The relay source");
        }
    }

    private static RelaySource inScope(Repositories r, Caller caller, long id) {
        RelaySource s = r.relays().source(id)
                .orElseThrow(() -> DomainException.notFound("nguồn tiếp âm", "Relay source", String.valueOf(id)));
        Scope.requireUnit(r, caller.principal(), s.ownerCode());
        return s;
    }
}
