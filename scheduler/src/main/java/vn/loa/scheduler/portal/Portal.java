package vn.loa.scheduler.portal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.loa.media.ContentStore;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.Scope;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.ProgramKind;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.domain.programs.PublicCampaign;
import vn.loa.scheduler.domain.programs.PublicProgram;
import vn.loa.scheduler.planning.CampaignRecord;
import vn.loa.scheduler.store.PublicRepository;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.Store;

/**
 * Programs on the portal (issue 19): planners choose what is public (a program, or a whole campaign);
 * anyone reads the public pages, feeds and audio without signing in, and only what is public: anything
 * else answers "not found" exactly as an id that does not exist. Blocking: call off the event loop.
 */
public final class Portal {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Store store;
    private final ContentStore media;
    private final Clock clock;
    private final ZoneId zone;

    public Portal(Store store, ContentStore media, Clock clock, ZoneId zone) {
        this.store = store;
        this.media = media;
        this.clock = clock;
        this.zone = zone;
    }

    /** A planner of the producing unit's scope puts an approved program on the portal, or takes it off. */
    public boolean setProgramPublic(Caller caller, long id, boolean visible) {
        return store.write(r -> {
            Program p = r.programs().find(id).orElseThrow(() -> DomainException.notFound("chương trình", "Program",
                    String.valueOf(id)));
            Scope.requireUnit(r, caller.principal(), p.producingUnitCode());
            if (visible && (p.kind() != ProgramKind.PROGRAM || p.status() != ProgramStatus.APPROVED)) {
                throw new DomainException(DomainException.Kind.CONFLICT, "not_publishable", "Chỉ chương trình đã duyệt"
                        + " mới công khai được trên cổng thông tin (không phải bản ghi thông báo khẩn).", "Only an approved"
                        + " program can be made public (never an urgent notice's recording).", null);
            }
            Instant now = clock.instant();
            r.publicPrograms().setProgramPublic(id, visible ? r.publicPrograms().programPublicAt(id).orElse(now) : null);
            Audit.record(r, caller.actor(), now, visible ? "program.make_public" : "program.make_private", "program",
                    String.valueOf(id), p.producingUnitCode(), null);
            return r.publicPrograms().isPublic(id);
        });
    }

    /** A planner of the campaign's owner puts the campaign's approved programs on the portal, or takes them off. */
    public void setCampaignPublic(Caller caller, long id, boolean visible) {
        store.write(r -> {
            CampaignRecord c = r.planning().findCampaign(id).orElseThrow(() -> DomainException.notFound("chiến dịch",
                    "Campaign", String.valueOf(id)));
            Scope.requireUnit(r, caller.principal(), c.spec().ownerUnitCode());
            Instant now = clock.instant();
            r.publicPrograms().setCampaignPublic(id, visible ? r.publicPrograms().campaignPublicAt(id).orElse(now) : null);
            Audit.record(r, caller.actor(), now, visible ? "campaign.make_public" : "campaign.make_private", "campaign",
                    String.valueOf(id), c.spec().ownerUnitCode(), null);
            return null;
        });
    }

    /** Whether a program is public now (itself or through a campaign), and its listens there, for the console. */
    public record Standing(boolean madePublic, boolean isPublic, PublicRepository.Listens listens) {
    }

    public Standing standing(Caller caller, long programId) {
        return store.read(r -> {
            Program p = r.programs().find(programId).orElseThrow(() -> DomainException.notFound("chương trình", "Program",
                    String.valueOf(programId)));
            Scope.requireReadable(r, caller.principal(), p.producingUnitCode());
            return new Standing(r.publicPrograms().programPublicAt(programId).isPresent(),
                    r.publicPrograms().isPublic(programId), r.publicPrograms().listens(programId));
        });
    }

    public boolean campaignIsPublic(Caller caller, long campaignId) {
        return store.read(r -> {
            CampaignRecord c = r.planning().findCampaign(campaignId).orElseThrow(() -> DomainException.notFound("chiến dịch",
                    "Campaign", String.valueOf(campaignId)));
            Scope.requireReadable(r, caller.principal(), c.spec().ownerUnitCode());
            return r.publicPrograms().campaignPublicAt(campaignId).isPresent();
        });
    }

    /** A unit's or planning group's public programs; empty when there is no such unit or group. */
    public Optional<Listing> unit(String code, int page) {
        return unit(code, page, Listing.PAGE_SIZE);
    }

    public Optional<Listing> campaign(long id, int page) {
        return campaign(id, page, Listing.PAGE_SIZE);
    }

    /** @param size programs per page: a page's 20, a feed's 100 */
    public Optional<Listing> unit(String code, int page, int size) {
        return store.read(r -> unitName(r, code).map(name -> {
            int total = r.publicPrograms().countOfUnit(code);
            return listing("unit", code, name, "Chương trình phát thanh cơ sở", total, page,
                    r.publicPrograms().ofUnit(code, size, offset(page, size)), size);
        }));
    }

    public Optional<Listing> campaign(long id, int page, int size) {
        return store.read(r -> r.publicPrograms().campaign(id).map(c -> {
            int total = r.publicPrograms().countOfCampaign(id);
            return listing("campaign", String.valueOf(id), c.name(), subtitle(c), total, page,
                    r.publicPrograms().ofCampaign(id, size, offset(page, size)), size);
        }));
    }

    /** The audio of a public program, and counts the listen (no address, no cookie: a number per day). */
    public Optional<PublicAudio> audio(long programId) {
        return store.read(r -> r.publicPrograms().program(programId))
                .flatMap(p -> media.find(p.contentSha256(), "mp3").map(path -> new PublicAudio(p, path)));
    }

    public record PublicAudio(PublicProgram program, Path file) {
    }

    public void countListen(long programId, boolean download) {
        store.write(r -> {
            r.publicPrograms().countListen(programId, LocalDate.ofInstant(clock.instant(), zone), download);
            return null;
        });
    }

    private static Optional<String> unitName(Repositories r, String code) {
        return r.orgUnits().findByCode(code).map(u -> u.name())
                .or(() -> r.planningGroups().findByCode(code).map(g -> g.spec().name()));
    }

    private static String subtitle(PublicCampaign c) {
        return c.ownerName() + ", " + DAY.format(c.from()) + " – " + DAY.format(c.to());
    }

    private static Listing listing(String kind, String key, String title, String subtitle, int total, int page,
                                   java.util.List<PublicProgram> programs, int size) {
        int pages = Math.max(1, (total + size - 1) / size);
        return new Listing(kind, key, title, subtitle, programs, Math.max(1, page), pages, total);
    }

    private static int offset(int page, int size) {
        return (Math.max(1, page) - 1) * size;
    }
}
