package vn.loa.scheduler.reports;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.reports.DailyCount;
import vn.loa.scheduler.domain.reports.MonthlyCount;
import vn.loa.scheduler.planning.CampaignRecord;
import vn.loa.scheduler.store.Repositories;

/** Gathers what {@link Compliance} needs for one campaign within a scope and period, from the store. */
public final class ComplianceReport {

    /** The campaign, the period actually measured (clipped to the campaign and to today) and the figures. */
    public record Report(CampaignRecord campaign, LocalDate from, LocalDate to, Compliance.Result result) {
    }

    private ComplianceReport() {
    }

    /**
     * @param stations the stations within the caller's scope (the campaign's targets among them count)
     * @param today    the last day that can have airings
     */
    public static Report build(Repositories r, CampaignRecord campaign, List<Station> stations, LocalDate from, LocalDate to,
                               LocalDate today, double threshold, Instant now, Duration silentAfter) {
        return build(r, campaign, stations, from, to, today, threshold, now, silentAfter, true);
    }

    /** The same, reading whole months from the monthly roll-ups or ({@code months} false, to compare) days alone. */
    static Report build(Repositories r, CampaignRecord campaign, List<Station> stations, LocalDate from, LocalDate to,
                        LocalDate today, double threshold, Instant now, Duration silentAfter, boolean months) {
        LocalDate start = later(from, campaign.spec().from());
        LocalDate end = earlier(earlier(to, campaign.spec().to()), today);
        Set<Long> targeted = r.planning().stationsOf(campaign.spec().targetUnits(), campaign.spec().targetStations());
        List<Compliance.StationInput> inputs = new ArrayList<>();
        for (Station s : stations) {
            if (!targeted.contains(s.id())) {
                continue;
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (BroadcastWindow w : s.spec().windows()) {
                days.add(w.day());
            }
            Instant heartbeat = r.agentReports().heartbeats(s.id(), 1).stream().map(Map.Entry::getKey).findFirst()
                    .orElse(null);
            int past = end.isBefore(start) ? 0 : r.reports().pastItems(campaign.id(), s.id(), start, end, now);
            inputs.add(new Compliance.StationInput(s.id(), s.spec().code(), s.spec().name(), days,
                    new HashSet<>(s.spec().languages()), heartbeat, past, TargetStart.firstDay(campaign.publishedAt(), s)));
        }
        List<Compliance.ProgramInput> programs = programs(r, campaign);
        Function<Compliance.StationInput, Compliance.StationCounts> countsOf = s -> end.isBefore(start)
                ? Compliance.StationCounts.daily(List.of()) : months ? counts(r, campaign, s, programs, start, end)
                : Compliance.StationCounts.daily(campaignDays(r, campaign, s, start, end));
        Compliance.Result result = Compliance.compute(campaign.spec().target(), start, end, inputs, programs, countsOf,
                threshold, now.minus(silentAfter));
        return new Report(campaign, start, end, result);
    }

    /**
     * A station's roll-up rows for the period: whole months from the monthly roll-ups where {@link
     * Compliance#wholeMonths} allows (less their days outside the period), the other days from the daily one. A
     * province's year is then some 300 rows a station, where it was 3,650.
     */
    private static Compliance.StationCounts counts(Repositories r, CampaignRecord campaign, Compliance.StationInput s,
                                                   List<Compliance.ProgramInput> programs, LocalDate start, LocalDate end) {
        TreeSet<LocalDate> months = new TreeSet<>(Compliance.wholeMonths(campaign.spec().target(), start, end, s, programs));
        List<MonthlyCount> monthly = new ArrayList<>();
        Map<LocalDate, int[]> together = new HashMap<>();
        if (!months.isEmpty()) {
            monthly.addAll(r.reports().campaignMonths(campaign.id(), s.stationId(), months.first(), months.last()));
            together.putAll(r.reports().campaignDayLevels(campaign.id(), s.stationId(), months.first(), months.last()));
            // the campaign's days "all programs together" count its programs of today: a month in which one it no
            // longer holds aired is read by days
            Set<Long> listed = new HashSet<>();
            programs.forEach(p -> listed.add(p.id()));
            monthly.stream().filter(m -> m.played() > 0 && !listed.contains(m.programId())).forEach(m -> months.remove(m.month()));
            monthly.removeIf(m -> !months.contains(m.month()));
            together.keySet().retainAll(months);
        }
        List<DailyCount> days = new ArrayList<>();
        List<DailyCount> excluded = new ArrayList<>();
        LocalDate from = start;
        for (LocalDate month : months) {
            LocalDate last = month.plusMonths(1).minusDays(1);
            if (from.isBefore(month)) {
                days.addAll(campaignDays(r, campaign, s, from, month.minusDays(1)));
            }
            if (month.isBefore(start)) {
                excluded.addAll(campaignDays(r, campaign, s, month, start.minusDays(1)));
            }
            if (last.isAfter(end)) {
                excluded.addAll(campaignDays(r, campaign, s, end.plusDays(1), last));
            }
            from = last.plusDays(1);
        }
        if (!from.isAfter(end)) {
            days.addAll(campaignDays(r, campaign, s, from, end));
        }
        return new Compliance.StationCounts(days, months, monthly, together, excluded);
    }

    private static List<DailyCount> campaignDays(Repositories r, CampaignRecord campaign, Compliance.StationInput s,
                                                 LocalDate from, LocalDate to) {
        return r.reports().campaignDays(campaign.id(), List.of(s.stationId()), from, to);
    }

    /** The campaign's programs as compliance and targets need them. */
    public static List<Compliance.ProgramInput> programs(Repositories r, CampaignRecord campaign) {
        List<Compliance.ProgramInput> programs = new ArrayList<>();
        for (long id : campaign.spec().programIds()) {
            r.programs().find(id).ifPresent(p -> programs.add(input(p)));
        }
        return programs;
    }

    private static Compliance.ProgramInput input(Program p) {
        return new Compliance.ProgramInput(p.id(), p.language(), p.validFrom() == null ? null : LocalDate.parse(p.validFrom()),
                p.validTo() == null ? null : LocalDate.parse(p.validTo()));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
