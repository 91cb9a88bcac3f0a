package vn.loa.scheduler.reports;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.relay.RelayAiring;
import vn.loa.scheduler.domain.relay.RelaySource;
import vn.loa.scheduler.planning.CampaignRecord;
import vn.loa.scheduler.planning.CampaignStatus;
import vn.loa.scheduler.store.ReportRepository;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.SilenceRepository;

/**
 * The monitoring report for a period and a subtree (báo cáo giám sát, TT 10/2022/TT-BLĐTBXH): programs
 * produced (by unit, topic, language, minutes), programs aired, airings and airtime, stations and communes
 * covered, the share of stations airing every day they had a window, compliance per campaign and per relay
 * source, the silent stations and the stations whose sound (rendered or heard) did not match what they said aired or came out silent. Every figure comes from the same queries as the other reports.
 */
public final class MonitoringReport {

    /** A campaign's compliance within the scope, and how many of its airings aired in full the sound proves. */
    public record CampaignLine(CampaignRecord campaign, Compliance.Result result, ReportRepository.SoundCount sound) {
    }

    /** A relay source's compliance within the scope (only sources relayed there in the period). */
    public record RelayLine(RelaySource source, RelayCompliance.Result result) {
    }

    public record Figures(LocalDate from, LocalDate to, String unitCode, List<ReportRepository.Produced> produced,
                          List<ReportRepository.Aired> aired, int airings, double airtimeSeconds,
                          ReportRepository.Airtime split, int stations,
                          int stationsCovered, int communesCovered, int stationsAiringDaily, Double dailyShare,
                          List<CampaignLine> campaigns, List<RelayLine> relays, List<SilenceRepository.Silent> silent,
                          List<ReportRepository.SoundMismatch> mismatches, Map<Long, Station> stationById,
                          Map<Long, Long> portalListens) {

        /** Plays and downloads on the portal of the programs aired, in the period. */
        public long listensOnPortal() {
            return portalListens.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Minutes of programs from the campaigns and hand slots (the airtime of the programs, less the notices'). */
        public long programMinutes() {
            return Math.round(Math.max(0, airtimeSeconds - split.noticeSeconds()) / 60);
        }

        public long noticeMinutes() {
            return Math.round(split.noticeSeconds() / 60);
        }

        public long relayMinutes() {
            return Math.round(split.relaySeconds() / 60);
        }

        /** All the loudspeakers said: programs, notices and relays. */
        public long totalMinutes() {
            return Math.round((airtimeSeconds + split.relaySeconds()) / 60);
        }

        public int programsProduced() {
            return produced.stream().mapToInt(ReportRepository.Produced::programs).sum();
        }

        public long minutesProduced() {
            return Math.round(produced.stream().mapToLong(ReportRepository.Produced::durationMillis).sum() / 60_000.0);
        }
    }

    private MonitoringReport() {
    }

    public static Figures build(Repositories r, String unitCode, LocalDate from, LocalDate to, LocalDate today, ZoneId zone,
                                Instant now, Duration silentAfter) {
        LocalDate last = to.isAfter(today) ? today : to;
        List<Station> stations = r.stations().list(unitCode);
        Map<Long, Station> byId = new HashMap<>();
        stations.forEach(s -> byId.put(s.id(), s));
        List<ReportRepository.Produced> produced = r.reports().produced(unitCode, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
        List<ReportRepository.Aired> aired = r.reports().aired(unitCode, from, last);
        int airings = aired.stream().mapToInt(ReportRepository.Aired::airings).sum();
        double airtime = aired.stream().mapToDouble(ReportRepository.Aired::seconds).sum();

        Map<Long, Set<LocalDate>> daysAired = new HashMap<>();
        for (Map.Entry<Long, LocalDate> e : r.reports().airingDays(unitCode, from, last)) {
            daysAired.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue());
        }
        Set<String> communes = new HashSet<>();
        daysAired.keySet().forEach(id -> {
            if (byId.containsKey(id)) {
                communes.add(byId.get(id).spec().communeCode());
            }
        });
        int daily = 0;
        for (Station s : stations) {
            if (airedEveryWindowDay(s, daysAired.getOrDefault(s.id(), Set.of()), from, last)) {
                daily++;
            }
        }
        List<CampaignLine> campaigns = new ArrayList<>();
        for (CampaignRecord c : r.planning().listCampaigns(null)) {
            if (c.status() == CampaignStatus.DRAFT || c.spec().to().isBefore(from) || c.spec().from().isAfter(to)) {
                continue;
            }
            ComplianceReport.Report report = ComplianceReport.build(r, c, stations, from, to, today, 0, now, silentAfter);
            if (!report.result().stations().isEmpty()) {
                campaigns.add(new CampaignLine(c, report.result(), r.reports().campaignSoundIn(unitCode, c.id(), from, last)));
            }
        }
        List<RelayLine> relays = relays(r, stations, from, last, now, silentAfter);
        Map<Long, Long> listens = new HashMap<>();
        for (ReportRepository.Aired a : aired) {
            var l = r.publicPrograms().listens(a.programId(), from, last);
            listens.put(a.programId(), l.plays() + l.downloads());
        }
        return new Figures(from, to, unitCode, produced, aired, airings, airtime, r.reports().airtime(unitCode, from, last),
                stations.size(), daysAired.size(),
                communes.size(), daily, stations.isEmpty() ? null : (double) daily / stations.size(), campaigns, relays,
                r.silence().silentWithin(unitCode), r.reports().soundMismatches(unitCode, from, last), byId, listens);
    }

    /** Each source's compliance, every station's relays read once for all the sources. */
    private static List<RelayLine> relays(Repositories r, List<Station> stations, LocalDate from, LocalDate last, Instant now,
                                          Duration silentAfter) {
        List<RelayLine> lines = new ArrayList<>();
        if (last.isBefore(from)) {
            return lines;
        }
        List<RelayCompliance.StationInput> inputs = stations.stream()
                .map(s -> new RelayCompliance.StationInput(s.id(), s.spec().code(), s.spec().name())).toList();
        Map<Long, List<RelayAiring>> airings = new HashMap<>();
        for (RelaySource source : r.relays().sources()) {
            RelayCompliance.Result result = RelayCompliance.compute(source.id(), null, inputs,
                    id -> airings.computeIfAbsent(id, k -> r.relays().airings(k, from, last)), id -> null, now, 0,
                    now.minus(silentAfter));
            if (!result.stations().isEmpty()) {
                lines.add(new RelayLine(source, result));
            }
        }
        return lines;
    }

    /** True when the station aired on every day of the period on which it had a window (and had at least one). */
    private static boolean airedEveryWindowDay(Station s, Set<LocalDate> aired, LocalDate from, LocalDate to) {
        Set<DayOfWeek> windowDays = new HashSet<>();
        for (BroadcastWindow w : s.spec().windows()) {
            windowDays.add(w.day());
        }
        boolean any = false;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (windowDays.contains(day.getDayOfWeek())) {
                any = true;
                if (!aired.contains(day)) {
                    return false;
                }
            }
        }
        return any;
    }
}
