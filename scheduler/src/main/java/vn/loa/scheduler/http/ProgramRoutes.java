package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import vn.loa.media.ContentStore;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.TextRules;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.store.AsyncStore;
import vn.loa.scheduler.store.Repositories;

import vn.loa.scheduler.access.Scope;
/**
 * The program library: list, read, edit details, and the workflow ready → approved → retired. Users
 * read programs of their scope and of the units above it; only planners and admins of the producing
 * unit's scope change them. Deleting is for mistakes: a program that was scheduled or aired is retired,
 * never deleted, so its airing history stays.
 */
final class ProgramRoutes {

    private final AsyncStore store;
    private final ContentStore media;
    private final Clock clock;
    private final Runnable replanSoon;

    ProgramRoutes(AsyncStore store, ContentStore media, Clock clock, Runnable replanSoon) {
        this.store = store;
        this.media = media;
        this.clock = clock;
        this.replanSoon = replanSoon;
    }

    void mount(RouterBuilder routes) {
        routes.getRoute("listPrograms").addHandler(this::list);
        routes.getRoute("getProgram").addHandler(this::get);
        routes.getRoute("updateProgram").addHandler(this::update);
        routes.getRoute("approveProgram").addHandler(rc -> transition(rc, ProgramStatus.APPROVED,
                Set.of(ProgramStatus.READY, ProgramStatus.RETIRED), "program.approve"));
        routes.getRoute("retireProgram").addHandler(rc -> transition(rc, ProgramStatus.RETIRED,
                Set.of(ProgramStatus.READY, ProgramStatus.APPROVED), "program.retire"));
        routes.getRoute("deleteProgram").addHandler(this::delete);
    }

    private void list(RoutingContext rc) {
        ProgramStatus status = ProgramStatus.fromWire(rc.queryParams().get("status")).orElse(null);
        String query = rc.queryParams().get("q");
        String within = Scope.listFilter(Principals.of(rc));
        store.read(r -> r.programs().list(within, status, query))
                .onSuccess(list -> Respond.items(rc, list, ProgramJson::toJson))
                .onFailure(rc::fail);
    }

    private void get(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        Principal principal = Principals.of(rc);
        store.read(r -> {
            Program program = find(r, id);
            Scope.requireReadable(r, principal, program.producingUnitCode());
            return program;
        })
                .onSuccess(p -> Respond.json(rc, 200, ProgramJson.toJson(p)))
                .onFailure(rc::fail);
    }

    private void update(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        JsonObject body = rc.body().asJsonObject();
        Principal principal = Principals.of(rc);
        store.write(r -> {
            Program before = find(r, id);
            Scope.requireUnit(r, principal, before.producingUnitCode());
            String title = body.getString("title", before.title());
            String topic = body.containsKey("topic") ? body.getString("topic") : before.topic();
            Problems problems = new Problems();
            TextRules.checkName("title", title, 200, problems);
            TextRules.checkPlain("topic", topic, problems);
            String from = body.containsKey("valid_from") ? body.getString("valid_from") : before.validFrom();
            String to = body.containsKey("valid_to") ? body.getString("valid_to") : before.validTo();
            if (from != null && to != null && Params.day("valid_from", from, null).isAfter(Params.day("valid_to", to, null))) {
                problems.add("valid_to", "Ngày hết hiệu lực phải sau ngày bắt đầu.", "valid_to must not be before valid_from.");
            }
            problems.throwIfAny("Chương trình", "The program");
            Instant now = clock.instant();
            r.programs().updateDetails(id, title, topic, body.getString("language", before.language()), from, to, now);
            Program after = find(r, id);
            Audit.record(r, Principals.actor(rc), now, "program.update", "program", String.valueOf(id),
                    before.producingUnitCode(), new JsonObject().put("title", title).put("topic", topic)
                            .put("valid_from", from).put("valid_to", to).encode());
            return after;
        })
                .onSuccess(p -> Respond.json(rc, 200, ProgramJson.toJson(p)))
                .onFailure(rc::fail);
    }

    private void transition(RoutingContext rc, ProgramStatus target, Set<ProgramStatus> from, String action) {
        long id = Long.parseLong(rc.pathParam("id"));
        Principal principal = Principals.of(rc);
        store.write(r -> {
            Program before = find(r, id);
            Scope.requireUnit(r, principal, before.producingUnitCode());
            if (!from.contains(before.status())) {
                throw new DomainException(DomainException.Kind.CONFLICT, "wrong_status",
                        "Chương trình đang ở trạng thái '" + before.status().vietnamese() + "' nên không thể chuyển sang '"
                                + target.vietnamese() + "'.",
                        "The program is " + before.status().wireName() + ", so it cannot become " + target.wireName() + ".",
                        new JsonObject().put("status", before.status().wireName()));
            }
            Instant now = clock.instant();
            r.programs().setStatus(id, target, now);
            Audit.record(r, Principals.actor(rc), now, action, "program", String.valueOf(id), before.producingUnitCode(),
                    before.status().wireName() + " -> " + target.wireName());
            return find(r, id);
        })
                .onSuccess(p -> {
                    replanSoon.run();
                    Respond.json(rc, 200, ProgramJson.toJson(p));
                })
                .onFailure(rc::fail);
    }

    private void delete(RoutingContext rc) {
        long id = Long.parseLong(rc.pathParam("id"));
        Principal principal = Principals.of(rc);
        store.write(r -> {
            Program before = find(r, id);
            Scope.requireUnit(r, principal, before.producingUnitCode());
            if (before.status() == ProgramStatus.PROCESSING) {
                throw new DomainException(DomainException.Kind.CONFLICT, "still_processing",
                        "Chương trình đang được xử lý; hãy đợi xong rồi xoá.", "The program is still processing; wait, then delete.",
                        new JsonObject());
            }
            int references = r.programs().references(id);
            if (references > 0) {
                throw new DomainException(DomainException.Kind.CONFLICT, "program_has_history",
                        "Chương trình đã được lên lịch hoặc đã phát (" + references + " lần nhắc tới) nên không xoá được;"
                                + " hãy chuyển sang 'ngừng phát' để giữ lịch sử phát.",
                        "The program was scheduled or aired (" + references + " references), so it cannot be deleted;"
                                + " retire it instead to keep its airing history.", new JsonObject().put("references", references));
            }
            r.programs().delete(id);
            Audit.record(r, Principals.actor(rc), clock.instant(), "program.delete", "program", String.valueOf(id),
                    before.producingUnitCode(), before.title());
            return before;
        })
                .compose(deleted -> store.read(r -> deleted.rendition() == null
                        || !r.programs().withRendition(deleted.rendition().contentSha256()).isEmpty() ? null : deleted))
                .onSuccess(orphan -> {
                    if (orphan != null) {
                        media.find(orphan.rendition().contentSha256(), "mp3").ifPresent(path -> path.toFile().delete());
                    }
                    Respond.noContent(rc);
                })
                .onFailure(rc::fail);
    }

    private static Program find(Repositories r, long id) {
        return r.programs().find(id).orElseThrow(() -> DomainException.notFound("chương trình", "Program", String.valueOf(id)));
    }
}
