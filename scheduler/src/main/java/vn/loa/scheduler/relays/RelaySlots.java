package vn.loa.scheduler.relays;

import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.Scope;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.MinuteOfDay;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.Weekdays;
import vn.loa.scheduler.domain.relay.RelaySlot;
import vn.loa.scheduler.domain.relay.RelaySource;
import vn.loa.scheduler.publishing.SchedulePublisher;
import vn.loa.scheduler.registry.Targets;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.Store;

/**
 * A planner's relay slots: a source at a fixed time on given weekdays, at a station or a unit's or group's
 * stations. A slot must lie inside each station's window on each of its weekdays and must not overlap another
 * slot at any of its stations; either conflict is refused with the station, day and other slot named. Made or
 * ended, the stations' schedules are published at once.
 */
public final class RelaySlots {

    /** How far ahead slots are listed and checked against each other when they have no end. */
    private static final int FAR_DAYS = 3660;

    private final Store store;
    private final SchedulePublisher publisher;
    private final Clock clock;
    private final ZoneId zone;

    public RelaySlots(Store store, SchedulePublisher publisher, Clock clock, ZoneId zone) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
        this.zone = zone;
    }

    public List<RelaySlot> list(Caller caller) {
        LocalDate today = today();
        return store.read(r -> r.relays().slots(today, today.plusDays(FAR_DAYS)).stream()
                .filter(s -> Targets.mayRead(r, caller, s.stationId(), s.scopeCode())).toList());
    }

    public RelaySlot create(Caller caller, RelaySlot draft) {
        Problems problems = new Problems();
        if (draft.weekdays().isEmpty()) {
            problems.add("weekdays", "Hãy chọn các thứ trong tuần.", "Choose the weekdays.");
        }
        if (draft.durationMinutes() < 1 || draft.endMinute() > MinuteOfDay.END_OF_DAY) {
            problems.add("duration_minutes", "Buổi tiếp âm phải kết thúc trong ngày.", "The relay must end within the day.");
        }
        if (draft.lastDay() != null && draft.lastDay().isBefore(draft.firstDay())) {
            problems.add("last_day", "Ngày cuối phải từ ngày đầu trở đi.", "last_day must not be before first_day.");
        }
        problems.throwIfAny("Giờ tiếp âm", "The relay slot");
        RelaySlot made = store.write(r -> {
            RelaySource source = r.relays().source(draft.sourceId()).filter(s -> Scope.canRead(r, caller.principal(), s.ownerCode()))
                    .orElseThrow(() -> DomainException.notFound("nguồn tiếp âm", "Relay source", String.valueOf(draft.sourceId())));
            if (source.retiredAt() != null) {
                throw new DomainException(DomainException.Kind.CONFLICT, "source_retired", "Nguồn tiếp âm '" + source.name()
                        + "' đã ngừng dùng.", "Relay source '" + source.name() + "' is retired.", new JsonObject());
            }
            String unit = Targets.require(r, caller, draft.stationId(), draft.scopeCode());
            // a slot starting before today would reach into the days gone by: it starts today
            LocalDate first = draft.firstDay().isBefore(today()) ? today() : draft.firstDay();
            RelaySlot slot = new RelaySlot(0, source.id(), source.name(), draft.scopeCode(), draft.stationId(), draft.weekdays(),
                    draft.startMinute(), draft.durationMinutes(), first, draft.lastDay(), caller.username(), clock.instant(), null);
            List<Station> stations = Targets.stations(r, caller, draft.stationId(), draft.scopeCode());
            requireInsideWindows(slot, stations);
            requireNoOverlap(r, slot, stations);
            long id = r.relays().insertSlot(slot);
            RelaySlot stored = r.relays().slot(id).orElseThrow();
            Audit.record(r, caller.actor(), stored.createdAt(), "relay_slot.create", "relay_slot", String.valueOf(id), unit,
                    RelayJson.slot(stored).encode());
            return stored;
        });
        publisher.publish();
        return made;
    }

    /** Ends a slot from now on: its relays still to come are withdrawn, those aired stay. */
    public void end(Caller caller, long id) {
        store.write(r -> {
            RelaySlot s = r.relays().slot(id).filter(x -> x.endedAt() == null)
                    .orElseThrow(() -> DomainException.notFound("giờ tiếp âm", "Relay slot", String.valueOf(id)));
            String unit = Targets.require(r, caller, s.stationId(), s.scopeCode());
            Instant now = clock.instant();
            r.relays().endSlot(id, now);
            Audit.record(r, caller.actor(), now, "relay_slot.end", "relay_slot", String.valueOf(id), unit,
                    s.sourceName() + " " + MinuteOfDay.format(s.startMinute()));
            return null;
        });
        publisher.publish();
    }

    private static void requireInsideWindows(RelaySlot slot, List<Station> stations) {
        for (Station station : stations) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (!slot.weekdays().contains(day)) {
                    continue;
                }
                List<BroadcastWindow> windows = station.spec().windows().stream().filter(w -> w.day() == day).toList();
                boolean inside = windows.stream().anyMatch(w -> w.startMinute() <= slot.startMinute()
                        && slot.endMinute() <= w.endMinute());
                if (!inside) {
                    String have = windows.isEmpty() ? "không có khung phát" : "chỉ phát " + spans(windows);
                    String haveEn = windows.isEmpty() ? "has no window" : "airs only " + spans(windows);
                    throw new DomainException(DomainException.Kind.CONFLICT, "outside_window", "Giờ tiếp âm " + span(slot)
                            + " nằm ngoài khung phát của đài " + station.spec().name() + " vào " + Weekdays.vietnameseShort(day)
                            + " (đài " + have + ").", "The relay " + span(slot) + " is outside the windows of station "
                            + station.spec().name() + " on " + Weekdays.wireName(day) + " (it " + haveEn + ").",
                            new JsonObject().put("station_id", station.id()).put("day", Weekdays.wireName(day)));
                }
            }
        }
    }

    private static void requireNoOverlap(Repositories r, RelaySlot slot, List<Station> stations) {
        Set<Long> ours = new HashSet<>();
        stations.forEach(s -> ours.add(s.id()));
        LocalDate last = slot.lastDay() != null ? slot.lastDay() : slot.firstDay().plusDays(FAR_DAYS);
        for (RelaySlot other : r.relays().slots(slot.firstDay(), last)) {
            boolean sameDay = other.weekdays().stream().anyMatch(slot.weekdays()::contains);
            boolean sameTime = other.startMinute() < slot.endMinute() && slot.startMinute() < other.endMinute();
            if (!sameDay || !sameTime) {
                continue;
            }
            Set<Long> theirs = other.stationId() != null ? Set.of(other.stationId())
                    : r.planning().stationsOf(List.of(other.scopeCode()), List.of());
            for (Station station : stations) {
                if (theirs.contains(station.id())) {
                    throw new DomainException(DomainException.Kind.CONFLICT, "overlaps_relay", "Giờ tiếp âm " + span(slot)
                            + " trùng với tiếp âm '" + other.sourceName() + "' " + span(other) + " tại đài "
                            + station.spec().name() + ".", "The relay " + span(slot) + " overlaps the relay of '"
                            + other.sourceName() + "' " + span(other) + " at station " + station.spec().name() + ".",
                            new JsonObject().put("station_id", station.id()).put("slot_id", other.id()));
                }
            }
        }
    }

    private static String span(RelaySlot s) {
        return MinuteOfDay.format(s.startMinute()) + "–" + MinuteOfDay.format(s.endMinute());
    }

    private static String spans(List<BroadcastWindow> windows) {
        StringBuilder text = new StringBuilder();
        for (BroadcastWindow w : windows) {
            text.append(text.length() == 0 ? "" : ", ").append(MinuteOfDay.format(w.startMinute())).append('–')
                    .append(MinuteOfDay.format(w.endMinute()));
        }
        return text.toString();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
