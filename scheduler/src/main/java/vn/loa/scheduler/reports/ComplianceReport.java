package vn.loa.scheduler.reports;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.reports.DailyCount;
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
        LocalDate start = later(from, campaign.spec().from());
        LocalDate end = earlier(earlier(to, campaign.spec().to()), today);
        Set<Long> targeted = r.planning().stationsOf(campaign.spec().targetUnits(), campaign.spec().targetStations());
        List<Compliance.StationInput> inputs = new ArrayList<>();
        for (Station s : stations) {
            if (!targeted.contains(s.id())) {
                continue;
            }
            Set<DayOfWeek> days = new HashSet<>();
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
        LongFunction<List<DailyCount>> rowsOf = id -> end.isBefore(start) ? List.of()
                : r.reports().campaignDays(campaign.id(), List.of(id), start, end);
        Compliance.Result result = Compliance.compute(campaign.spec().target(), start, end, inputs, programs, rowsOf, threshold,
                now.minus(silentAfter));
        return new Report(campaign, start, end, result);
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
