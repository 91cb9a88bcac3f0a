package vn.loa.scheduler.reports;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.reports.Bucket;
import vn.loa.scheduler.domain.reports.FrequencyCell;
import vn.loa.scheduler.domain.reports.PlaceName;
import vn.loa.scheduler.planning.FrequencyTarget;

/**
 * Puts a campaign's target beside each frequency cell, and adds the cells with a target and no airing
 * (a zero a supervisor must see). Per station and program the target counts as compliance does: days
 * with a window in the campaign's period from its publication on, programs the station can air; a weekly target counts in the
 * bucket holding the week's Monday (so it needs week, month or period buckets). A target of "any
 * program each day" has no per-program figure; cells keep null.
 */
public final class FrequencyTargets {

    private FrequencyTargets() {
    }

    public static List<FrequencyCell> apply(List<FrequencyCell> cells, FrequencyTarget target, LocalDate campaignFrom,
                                            LocalDate campaignTo, Instant publishedAt, List<Station> targeted, Map<Long, PlaceName> placeOf,
                                            List<Compliance.ProgramInput> programs, Map<Long, String> titles, Bucket bucket,
                                            LocalDate from, LocalDate to) {
        if (target.kind() == FrequencyTarget.Kind.ANY_PER_DAY
                || (target.kind() == FrequencyTarget.Kind.PER_PROGRAM_PER_WEEK && bucket == Bucket.DAY)) {
            return cells;
        }
        LocalDate start = from.isBefore(campaignFrom) ? campaignFrom : from;
        LocalDate end = to.isAfter(campaignTo) ? campaignTo : to;
        Map<String, Integer> targets = new LinkedHashMap<>();
        Map<String, PlaceName> places = new HashMap<>();
        for (Station s : targeted) {
            PlaceName place = placeOf.get(s.id());
            if (place == null) {
                continue;
            }
            places.put(place.code(), place);
            Set<DayOfWeek> windowDays = new HashSet<>();
            for (BroadcastWindow w : s.spec().windows()) {
                windowDays.add(w.day());
            }
            Compliance.StationInput station = new Compliance.StationInput(s.id(), s.spec().code(), s.spec().name(), windowDays,
                    new HashSet<>(s.spec().languages()), null, 0, TargetStart.firstDay(publishedAt, s));
            for (Compliance.ProgramInput p : programs) {
                Set<LocalDate> weeksCounted = new HashSet<>();
                for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
                    if (!station.counts(day) || !p.airableAt(station, day)) {
                        continue;
                    }
                    LocalDate counted = day;
                    if (target.kind() == FrequencyTarget.Kind.PER_PROGRAM_PER_WEEK) {
                        counted = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                        if (!weeksCounted.add(counted)) {
                            continue;
                        }
                        counted = counted.isBefore(from) ? from : counted;
                    }
                    targets.merge(key(p.id(), place.code(), bucket.start(counted, from)), target.count(), Integer::sum);
                }
            }
        }
        List<FrequencyCell> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FrequencyCell c : cells) {
            String key = key(c.programId(), c.placeCode(), c.bucketStart());
            seen.add(key);
            out.add(c.withTarget(targets.get(key)));
        }
        targets.forEach((key, value) -> {
            if (!seen.contains(key)) {
                String[] parts = key.split("\\|");
                long program = Long.parseLong(parts[0]);
                PlaceName place = places.get(parts[1]);
                out.add(new FrequencyCell(program, titles.get(program), place.code(), place.name(), LocalDate.parse(parts[2]), 0, 0,
                        0, 0, value));
            }
        });
        out.sort(Comparator.comparing(FrequencyCell::bucketStart).thenComparing(FrequencyCell::placeCode)
                .thenComparing(c -> c.programTitle() == null ? "" : c.programTitle()).thenComparingLong(FrequencyCell::programId));
        return out;
    }

    private static String key(long program, String place, LocalDate bucket) {
        return program + "|" + place + "|" + bucket;
    }
}
