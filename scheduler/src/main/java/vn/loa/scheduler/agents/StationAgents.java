package vn.loa.scheduler.agents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import vn.loa.proof.RecordSignature;
import vn.loa.scheduler.access.Actor;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.Principal;
import vn.loa.scheduler.access.StationCredentials;
import vn.loa.scheduler.asrun.AsRunClaim;
import vn.loa.scheduler.asrun.AsRunIngest;
import vn.loa.scheduler.asrun.IngestAnswer;
import vn.loa.scheduler.domain.Heartbeat;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.ProvinceSettings;
import vn.loa.scheduler.domain.ScheduledItem;
import vn.loa.scheduler.domain.hand.FallbackProgram;
import vn.loa.scheduler.domain.relay.ScheduledRelay;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.StationHeader;
import vn.loa.scheduler.registry.StationRegistry;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.Store;

/**
 * What the station agents ask of the scheduler (the OpenAPI contract, openapi/loa-api.yaml): enrol, rotate the token, read
 * the schedule, report a heartbeat, send as-run records. Every station-addressed call refuses a token of
 * another station; a site's token reads its station's schedule and writes only its own site's heartbeats and
 * records (the token names the site). Blocking: call off the event loop.
 */
public final class StationAgents {

    /**
     * An enrolled agent's first answer: its token (shown once) and its station; with a signing key, whether its
     * records start a new chain (a new PC) or go on with the chain the key already signed here (the same PC).
     */
    public record Enrolled(String token, Station station, Instant serverTime, String chain) {
    }

    /**
     * A station's schedule for some days.
     *
     * @param withdrawn items withdrawn while on the air or about to be, with the reason the agent shows
     * @param fallback  what the agent airs in the station's windows once this schedule has run out (after
     *                  {@code to}, with no link) or in place of an item whose audio is missing
     * @param windows   the station's windows, in its time zone, for the fallback
     * @param relays    the live relays of these days, in time order
     */
    public record Schedule(long stationId, LocalDate from, LocalDate to, List<ScheduledItem> items,
                           Map<Long, String> withdrawn, List<FallbackProgram> fallback, List<BroadcastWindow> windows,
                           String timeZone, List<ScheduledRelay> relays) {
    }

    private final Store store;
    private final StationCredentials credentials;
    private final AsRunIngest ingest;
    private final Clock clock;

    public StationAgents(Store store, StationCredentials credentials, AsRunIngest ingest, Clock clock) {
        this.store = store;
        this.credentials = credentials;
        this.ingest = ingest;
        this.clock = clock;
    }

    /**
     * Trades a one-time enrolment code for a token; the audit names the station, from the caller's address. With
     * {@code publicKey} (the PC's Ed25519 key) the enrolment's records must be signed with it.
     */
    public Enrolled enrol(String code, String address, String publicKey) {
        if (publicKey != null && !RecordSignature.isPublicKey(publicKey)) {
            Problems problems = new Problems();
            problems.add("public_key", "Khóa ký không phải khóa công khai Ed25519.", "The signing key is not an Ed25519 public key.");
            problems.throwIfAny("Đăng ký máy tại đài", "The enrolment");
        }
        return store.write(r -> {
            Instant now = clock.instant();
            StationCredentials.Issued issued = credentials.enrol(r, code, now);
            Station station = StationRegistry.find(r, issued.credential().stationId());
            String chain = null;
            if (publicKey != null) {
                chain = r.chains().keyRegisteredAt(station.id(), publicKey).isPresent() ? "continued" : "new";
                r.chains().registerKey(station.id(), issued.credential().enrolmentId(), publicKey, now);
            }
            Audit.record(r, new Actor("station", String.valueOf(station.id()), station.spec().code(), address), now,
                    "station.enrol", "station", String.valueOf(station.id()), station.spec().communeCode(),
                    "token " + issued.credential().id() + (chain == null ? ", records unsigned"
                            : chain.equals("new") ? ", a new PC: its signed records start a new chain"
                            : ", the same PC: its signed chain goes on"));
            return new Enrolled(issued.secret(), station, now, chain);
        });
    }

    /** A new token for the calling agent; the old one stops working. */
    public String rotate(Caller caller) {
        Principal.Station station = (Principal.Station) caller.principal();
        return store.write(r -> {
            Instant now = clock.instant();
            StationCredentials.Issued issued = credentials.rotate(r, station, now);
            Audit.record(r, caller.actor(), now, "station.token_rotate", "station", String.valueOf(station.stationId()),
                    station.communeCode(), "token " + issued.credential().id());
            return issued.secret();
        });
    }

    /**
     * The station's schedule from {@code from} (null: today in the station's own time zone) to {@code to}
     * (null: a week).
     */
    public Schedule schedule(Caller caller, long stationId, LocalDate from, LocalDate to) {
        return store.read(r -> {
            Station station = StationRegistry.findInScope(r, caller.principal(), stationId);
            LocalDate first = from != null ? from : LocalDate.ofInstant(clock.instant(), ZoneId.of(station.spec().timeZone()));
            LocalDate last = to != null ? to : horizonEnd(r, station, first);
            return new Schedule(station.id(), first, last, r.agentReports().scheduleItems(station.id(), first, last),
                    r.agentReports().withdrawnItems(station.id(), first, last), r.fallback().forStation(station.id()),
                    station.spec().windows(), station.spec().timeZone(), r.relays().scheduled(station.id(), first, last));
        });
    }

    /**
     * The last day an agent is given: its province's horizon, and never past what is published, so the
     * agent knows where its schedule ends and its fallback begins.
     */
    private static LocalDate horizonEnd(Repositories r, Station station, LocalDate first) {
        LocalDate published = r.agentReports().lastPublishedDay(station.id()).orElse(first.minusDays(1));
        int days = r.settings().ofStation(station.id()).horizonDays();
        LocalDate promised = days == ProvinceSettings.INSTANCE_HORIZON ? published : first.plusDays(days - 1L);
        return promised.isBefore(published) ? promised : published;
    }

    /** The station's agent now holds its schedule's urgent notices: the notice page says "received". */
    public void delivered(Caller caller, long stationId, LocalDate from, LocalDate to) {
        if (caller.principal() instanceof Principal.Station) {
            store.write(r -> {
                StationHeader station = StationRegistry.headerInScope(r, caller.principal(), stationId);
                r.agentReports().markNoticesDelivered(station.id(), from, to, clock.instant());
                return null;
            });
        }
    }

    /**
     * Checks the caller may wait on the station's schedule (the long poll itself is the transport's); returns the
     * station whose schedule that is (a merged station's agent waits on the station it now airs as).
     */
    public long requireStation(Caller caller, long stationId) {
        return store.read(r -> StationRegistry.headerInScope(r, caller.principal(), stationId).id());
    }

    public void heartbeat(Caller caller, long stationId, Heartbeat heartbeat) {
        store.write(r -> {
            StationHeader station = StationRegistry.headerInScope(r, caller.principal(), stationId);
            long site = ((Principal.Station) caller.principal()).siteId();
            r.agentReports().appendHeartbeat(station.id(), site, heartbeat, clock.instant());
            return null;
        });
    }

    /**
     * Stores the batch record by record and says what was acknowledged and refused (see {@link AsRunIngest}).
     * Only the station's own agent reaches the ingest: its enrolment numbers the records.
     */
    public IngestAnswer asRun(Caller caller, long stationId, List<AsRunClaim> claims) {
        // agents' batches arriving together are committed together: each acknowledged after the commit holding it
        return store.writeTogether(r -> {
            StationHeader station = StationRegistry.headerInScope(r, caller.principal(), stationId);
            Principal.Station agent = (Principal.Station) caller.principal();
            return ingest.ingest(r, station, agent.siteId(), agent.enrolmentId(), caller.actor(), claims, clock.instant());
        });
    }
}
