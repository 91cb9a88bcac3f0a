package vn.loa.scheduler.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.planning.FrequencyTarget;

import vn.loa.scheduler.domain.reports.FrequencyCell;
import vn.loa.scheduler.domain.reports.Bucket;
/**
 * Puts a campaign's target beside each frequency cell, and adds the cells with a target and no airing
 * (a zero a supervisor must see). Per station and program the target counts as compliance does: days
 * with a window in the campaign's period from its publication on, programs the station can air; a weekly target counts in the
 * bucket holding the week's Monday (so it needs week, month or period buckets). A target of "any
 * program each day" has no per-program figure; cells keep null.
 */
public final class FrequencyTargets {

    /** Where a station's airings are summed: its place code and name. */
    public record PlaceOf(String code, String name) {
    }

    private FrequencyTargets() {
    }

    public static List<FrequencyCell> apply(List<FrequencyCell> cells, FrequencyTarget target, LocalDate campaignFrom,
                                            LocalDate campaignTo, java.time.Instant publishedAt, List<Station> targeted, Map<Long, PlaceOf> placeOf,
                                            List<Compliance.ProgramInput> programs, Map<Long, String> titles, Bucket bucket,
                                            LocalDate from, LocalDate to) {
        if (target.kind() == FrequencyTarget.Kind.ANY_PER_DAY
                || (target.kind() == FrequencyTarget.Kind.PER_PROGRAM_PER_WEEK && bucket == Bucket.DAY)) {
            return cells;
        }
        LocalDate start = from.isBefore(campaignFrom) ? campaignFrom : from;
        LocalDate end = to.isAfter(campaignTo) ? campaignTo : to;
        Map<String, Integer> targets = new LinkedHashMap<>();
        Map<String, PlaceOf> places = new HashMap<>();
        for (Station s : targeted) {
            PlaceOf place = placeOf.get(s.id());
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
                PlaceOf place = places.get(parts[1]);
                out.add(new FrequencyCell(program, titles.get(program), place.code(), place.name(), LocalDate.parse(parts[2]), 0, 0,
                        0, 0, value));
            }
        });
        out.sort(java.util.Comparator.comparing(FrequencyCell::bucketStart).thenComparing(FrequencyCell::placeCode)
                .thenComparing(c -> c.programTitle() == null ? "" : c.programTitle()).thenComparingLong(FrequencyCell::programId));
        return out;
    }

    private static String key(long program, String place, LocalDate bucket) {
        return program + "|" + place + "|" + bucket;
    }
}
