package vn.loa.scheduler.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.Scope;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.reports.Bucket;
import vn.loa.scheduler.domain.reports.DaySummary;
import vn.loa.scheduler.domain.reports.FrequencyCell;
import vn.loa.scheduler.domain.reports.LogCursor;
import vn.loa.scheduler.domain.reports.LogFilter;
import vn.loa.scheduler.domain.reports.LogRow;
import vn.loa.scheduler.domain.reports.Place;
import vn.loa.scheduler.domain.reports.PlaceName;
import vn.loa.scheduler.domain.relay.RelaySlot;
import vn.loa.scheduler.domain.relay.RelaySource;
import vn.loa.scheduler.planning.CampaignRecord;
import vn.loa.scheduler.store.AgentReportRepository.SequenceState;
import vn.loa.scheduler.store.ReportRepository;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.SilenceRepository;
import vn.loa.scheduler.store.Store;

/**
 * The supervisors' numbers (DESIGN §7): the as-run log, airing frequency against the campaign's target,
 * compliance, the monitoring report, silent stations and the day at a glance, always within the caller's
 * scope. Each read is stopped after the report time limit. Blocking: call on the report pool.
 */
public final class Reports {

    private static final int MAX_PAGE = 1000;
    /** A log export holds at most this many rows; a longer period is exported in parts. */
    private static final int MAX_EXPORT_ROWS = 200_000;
    private static final int GAPS_SHOWN = 20;

    /** A station whose as-run sequence has holes: records "not reported yet". */
    public record NotReported(Station station, SequenceState sequences) {
    }

    /**
     * One page of the log.
     *
     * @param next        the cursor of the following page, or null on the last
     * @param notReported on the first page only (null on later ones): stations with records not reported yet
     */
    public record LogPage(LocalDate from, LocalDate to, List<LogRow> rows, String next, List<NotReported> notReported) {
    }

    public record Frequency(String unit, List<FrequencyCell> cells) {
    }

    /** @param sound per station, its airings aired in full and how many of them the sound proves */
    public record CampaignCompliance(String unit, ComplianceReport.Report report, Map<Long, ReportRepository.SoundCount> sound) {
    }

    /** @param scopeName the unit's name, or "Toàn hệ thống" for the whole system */
    public record Monitoring(String scopeName, MonitoringReport.Figures figures) {
    }

    public record Silent(Station station, SilenceRepository.Silent silence) {
    }

    private final Store store;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration silentAfter;
    private final Duration timeLimit;

    public Reports(Store store, Clock clock, ZoneId zone, Duration silentAfter, Duration timeLimit) {
        this.store = store;
        this.clock = clock;
        this.zone = zone;
        this.silentAfter = silentAfter;
        this.timeLimit = timeLimit;
    }

    /** Today in the stations' time zone: reports default to periods ending today. */
    public LocalDate today() {
        // from the instant, not clock.withZone: a test clock (and any Clock) need not support zones
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** A page of at most {@code limit} rows after {@code after}; the filter's unit is the one asked for (null: the scope). */
    public LogPage logPage(Caller caller, LogFilter asked, LogCursor after, int limit) {
        int size = Math.min(MAX_PAGE, limit);
        return store.readWithin(timeLimit, r -> {
            LogFilter filter = resolved(r, caller, asked);
            List<LogRow> rows = r.reports().log(filter, after == null ? null : after.day(), after == null ? 0 : after.id(),
                    size + 1);
            String next = rows.size() > size ? rows.get(size - 1).cursor() : null;
            return new LogPage(filter.from(), filter.to(), List.copyOf(rows.subList(0, Math.min(size, rows.size()))), next,
                    after == null ? notReported(r, filter.unitCode(), filter.stationId()) : null);
        });
    }

    /** Every row from {@code after} on, up to the export's limit. */
    public List<LogRow> logExport(Caller caller, LogFilter asked, LogCursor after) {
        return store.readWithin(timeLimit, r -> {
            LogFilter filter = resolved(r, caller, asked);
            List<LogRow> all = new ArrayList<>();
            LogCursor page = after;
            while (all.size() < MAX_EXPORT_ROWS) {
                List<LogRow> rows = r.reports().log(filter, page == null ? null : page.day(), page == null ? 0 : page.id(),
                        MAX_PAGE);
                all.addAll(rows);
                if (rows.size() < MAX_PAGE) {
                    break;
                }
                page = LogCursor.parse(rows.get(rows.size() - 1).cursor());
            }
            return all;
        });
    }

    /** Airings per program and place and bucket; with a campaign, its target beside each cell. */
    public Frequency frequency(Caller caller, String askedUnit, LocalDate from, LocalDate to, Bucket bucket, Place place,
                               Long campaignId, Long programId) {
        return store.readWithin(timeLimit, r -> {
            String unit = unit(r, caller, askedUnit);
            List<FrequencyCell> cells = r.reports().frequency(unit, from, to, bucket, place, campaignId, programId);
            if (campaignId != null) {
                cells = withTargets(r, cells, unit, campaignId, programId, bucket, place, from, to);
            }
            return new Frequency(unit, cells);
        });
    }

    /** A campaign's compliance over {@code from}..{@code to} (null: the campaign's own period). */
    public CampaignCompliance compliance(Caller caller, String askedUnit, long campaignId, LocalDate from, LocalDate to,
                                 double threshold) {
        return store.readWithin(timeLimit, r -> {
            String unit = unit(r, caller, askedUnit);
            CampaignRecord campaign = campaign(r, campaignId);
            ComplianceReport.Report report = ComplianceReport.build(r, campaign, r.stations().list(unit),
                    from != null ? from : campaign.spec().from(), to != null ? to : campaign.spec().to(), today(), threshold,
                    clock.instant(), silentAfter);
            Map<Long, ReportRepository.SoundCount> sound = new HashMap<>();
            if (!report.to().isBefore(report.from())) {
                report.result().stations().forEach(s -> sound.put(s.stationId(),
                        r.reports().campaignSound(s.stationId(), campaignId, report.from(), report.to())));
            }
            return new CampaignCompliance(unit, report, sound);
        });
    }

    /** A relay source's compliance (or one of its slots') over {@code from}..{@code to}, within the scope. */
    public RelayComplianceReport.Report relayCompliance(Caller caller, String askedUnit, long sourceId, Long slotId, LocalDate from,
                                                       LocalDate to, double threshold) {
        return store.readWithin(timeLimit, r -> {
            String unit = unit(r, caller, askedUnit);
            RelaySource source = r.relays().source(sourceId)
                    .orElseThrow(() -> DomainException.notFound("nguồn tiếp âm", "Relay source", String.valueOf(sourceId)));
            RelaySlot slot = slotId == null ? null : r.relays().slot(slotId).filter(s -> s.sourceId() == sourceId)
                    .orElseThrow(() -> DomainException.notFound("giờ tiếp âm", "Relay slot", String.valueOf(slotId)));
            return RelayComplianceReport.build(r, source, slot, r.stations().list(unit), from, to, today(), threshold,
                    clock.instant(), silentAfter);
        });
    }

    public Monitoring monitoring(Caller caller, String askedUnit, LocalDate from, LocalDate to) {
        return store.readWithin(timeLimit, r -> {
            String unit = unit(r, caller, askedUnit);
            MonitoringReport.Figures figures = MonitoringReport.build(r, unit, from, to, today(), zone, clock.instant(),
                    silentAfter);
            return new Monitoring(scopeName(r, unit), figures);
        });
    }

    /** A unit's or planning group's name; "Toàn hệ thống" for the whole system. */
    private static String scopeName(Repositories r, String unit) {
        return unit == null ? "Toàn hệ thống" : r.orgUnits().findByCode(unit).map(u -> u.name())
                .or(() -> r.planningGroups().findByCode(unit).map(g -> g.spec().name())).orElse(unit);
    }

    /**
     * The week from {@code from}: a row per site of one station when {@code stationId} is given, else a row per
     * station of the unit asked for (by default the caller's scope).
     */
    public WeekGrid week(Caller caller, String askedUnit, Long stationId, LocalDate from, Instant now) {
        return store.readWithin(timeLimit, r -> {
            if (stationId != null) {
                Station station = r.stations().find(stationId)
                        .orElseThrow(() -> DomainException.notFound("đài", "Station", String.valueOf(stationId)));
                Scope.requireStation(r, caller.principal(), station);
                return WeekGrid.ofSites(r, station, from, now);
            }
            String unit = unit(r, caller, askedUnit);
            return WeekGrid.ofUnit(r, unit, scopeName(r, unit), from, now);
        });
    }

    /** Stations marked silent now (by the check every five minutes), longest silent first. */
    public List<Silent> silent(Caller caller, String askedUnit) {
        return store.readWithin(timeLimit, r -> {
            String unit = unit(r, caller, askedUnit);
            Map<Long, Station> stations = new HashMap<>();
            r.stations().list(unit).forEach(s -> stations.put(s.id(), s));
            return r.silence().silentWithin(unit).stream().map(s -> new Silent(stations.get(s.stationId()), s)).toList();
        });
    }

    /** Every station of the caller's scope (or of a unit in it) as it stands now. */
    public StationsNow stationsNow(Caller caller, String askedUnit, Instant now) {
        return store.readWithin(timeLimit, r -> StationsNow.of(r, unit(r, caller, askedUnit), now, silentAfter));
    }

    /** The first screen: a day's airings and notices, and the sites of the scope as they stand now. */
    /** @param brokenChains the stations whose signed chain breaks (issue 20) */
    public record Today(DaySummary summary, SitesToday sites, List<ReportRepository.BrokenChain> brokenChains) {
    }

    public Today day(Caller caller, String askedUnit, LocalDate day, Instant now) {
        return store.readWithin(timeLimit, r -> {
            String unit = unit(r, caller, askedUnit);
            return new Today(r.reports().day(unit, day, now), SitesToday.of(r, unit, now, silentAfter),
                    r.reports().brokenChains(unit));
        });
    }

    /** The unit the report covers: the one asked for, within the caller's scope; by default the scope itself. */
    static String unit(Repositories r, Caller caller, String asked) {
        if (asked == null) {
            return caller.listFilter();
        }
        if (!r.orgUnits().isScope(asked)) {
            throw DomainException.notFound("đơn vị", "Unit", asked);
        }
        Scope.requireUnit(r, caller.principal(), asked);
        return asked;
    }

    private static LogFilter resolved(Repositories r, Caller caller, LogFilter asked) {
        return new LogFilter(unit(r, caller, asked.unitCode()), asked.stationId(), asked.programId(), asked.campaignId(),
                asked.outcome(), asked.from(), asked.to());
    }

    private static List<NotReported> notReported(Repositories r, String unitCode, Long stationId) {
        List<NotReported> list = new ArrayList<>();
        for (Station s : r.stations().list(unitCode)) {
            if (stationId != null && s.id() != stationId) {
                continue;
            }
            SequenceState state = r.agentReports().sequences(s.id(), GAPS_SHOWN);
            if (!state.missing().isEmpty()) {
                list.add(new NotReported(s, state));
            }
        }
        return list;
    }

    private static CampaignRecord campaign(Repositories r, long campaignId) {
        return r.planning().findCampaign(campaignId).orElseThrow(() ->
                DomainException.notFound("kế hoạch phát sóng", "Campaign", String.valueOf(campaignId)));
    }

    /** The campaign's target beside each cell, and the cells with a target and nothing aired. */
    private static List<FrequencyCell> withTargets(Repositories r, List<FrequencyCell> cells, String unit, long campaignId,
                                                   Long programId, Bucket bucket, Place place, LocalDate from, LocalDate to) {
        CampaignRecord campaign = campaign(r, campaignId);
        Set<Long> targetedIds = r.planning().stationsOf(campaign.spec().targetUnits(), campaign.spec().targetStations());
        List<Station> targeted = r.stations().list(unit).stream().filter(s -> targetedIds.contains(s.id())).toList();
        Map<Long, PlaceName> placeOf = new HashMap<>();
        Map<String, String> communeNames = new HashMap<>();
        Map<Long, PlaceName> above = place == Place.DISTRICT || place == Place.PROVINCE ? r.reports().places(place) : Map.of();
        for (Station s : targeted) {
            PlaceName p = switch (place) {
                case STATION -> new PlaceName(s.spec().code(), s.spec().name());
                // a commune's stations share its name: looked up once per commune, not once per station
                case COMMUNE -> new PlaceName(s.spec().communeCode(), communeNames.computeIfAbsent(
                        s.spec().communeCode(), code -> r.orgUnits().findByCode(code).map(u -> u.name()).orElse(code)));
                default -> above.getOrDefault(s.id(), new PlaceName("—", "—"));
            };
            placeOf.put(s.id(), p);
        }
        List<Compliance.ProgramInput> programs = ComplianceReport.programs(r, campaign).stream()
                .filter(p -> programId == null || p.id() == programId).toList();
        Map<Long, String> titles = new HashMap<>();
        programs.forEach(p -> r.programs().find(p.id()).ifPresent(found -> titles.put(p.id(), found.title())));
        return FrequencyTargets.apply(cells, campaign.spec().target(), campaign.spec().from(), campaign.spec().to(),
                campaign.publishedAt(), targeted, placeOf, programs, titles, bucket, from, to);
    }
}
