package vn.loa.scheduler.handplans;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.Scope;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.ScheduledItem;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.TextRules;
import vn.loa.scheduler.domain.hand.DayOff;
import vn.loa.scheduler.domain.hand.FallbackProgram;
import vn.loa.scheduler.domain.hand.RecurringSlot;
import vn.loa.scheduler.domain.hand.ScheduleEdit;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.publishing.SchedulePublisher;
import vn.loa.scheduler.registry.StationRegistry;
import vn.loa.scheduler.registry.Targets;
import vn.loa.scheduler.store.Repositories;
import vn.loa.scheduler.store.Store;

/**
 * What planners decide by hand: an airing moved, removed or added; days off (holidays, mourning, a station
 * paused for repair); recurring slots. Each is checked, scoped, audited, and published at once, so the
 * answer already holds the new schedule. Nothing here reaches into the frozen past: what was published
 * for the next minutes, and everything before, stays exactly as it is. Blocking: call off the event loop.
 */
public final class HandPlans {

    /** How far ahead an edit may be made: beyond the horizon it waits until planned. */
    private static final int MAX_DAYS_AHEAD = 366;

    private final Store store;
    private final SchedulePublisher publisher;
    private final Clock clock;
    private final ZoneId zone;

    public HandPlans(Store store, SchedulePublisher publisher, Clock clock, ZoneId zone) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
        this.zone = zone;
    }

    /** Records the edit at each station it reaches and publishes; the edits made, oldest first. */
    public List<ScheduleEdit> edit(Caller caller, EditRequest request) {
        List<ScheduleEdit> made = store.write(r -> {
            Program program = checkEdit(r, request);
            Instant until = publisher.frozenUntil();
            Instant now = clock.instant();
            List<ScheduleEdit> stored = new ArrayList<>();
            for (Station station : Targets.stations(r, caller, request.stationId(), request.scopeCode())) {
                List<ScheduledItem> day = r.agentReports().scheduleItems(station.id(), request.day(), request.day());
                Integer from = request.fromSecond();
                if (!request.kind().equals(ScheduleEdit.ADD)) {
                    ScheduledItem item = airingOf(day, request, station);
                    if (item == null) {
                        if (request.stationId() != null) {
                            throw new DomainException(DomainException.Kind.CONFLICT, "no_such_airing",
                                    "Lịch phát ngày " + request.day() + " không có lượt phát này của chương trình.",
                                    "The schedule of " + request.day() + " holds no such airing of the program.", new JsonObject());
                        }
                        continue; // a group removal leaves the stations that do not air it alone
                    }
                    requireFuture(item.plannedStart(), until);
                    from = secondOf(item.plannedStart(), station);
                }
                if (request.atSecond() != null) {
                    Instant at = instantOf(request.day(), request.atSecond(), station);
                    requireFuture(at, until);
                    requireNoNoticeAt(day, request.atSecond(), request.atSecond() + seconds(program), station);
                }
                ScheduleEdit edit = new ScheduleEdit(0, station.id(), request.day(), request.kind(), request.programId(),
                        request.campaignId(), from, request.atSecond(), request.reason().strip(), caller.username(), now, null);
                long id = r.hand().insertEdit(edit);
                Audit.record(r, caller.actor(), now, "schedule.edit", "station", String.valueOf(station.id()),
                        station.spec().communeCode(), new JsonObject().put("edit_id", id).put("day", request.day().toString())
                                .put("kind", request.kind()).put("program_id", request.programId())
                                .put("campaign_id", request.campaignId()).put("from_second", from)
                                .put("at_second", request.atSecond()).put("reason", request.reason().strip()).encode());
                stored.add(r.hand().edit(id).orElseThrow());
            }
            if (stored.isEmpty()) {
                throw new DomainException(DomainException.Kind.CONFLICT, "no_such_airing",
                        "Không đài nào trong phạm vi này có lượt phát đó vào ngày " + request.day() + ".",
                        "No station in this scope airs that on " + request.day() + ".", new JsonObject());
            }
            return stored;
        });
        publisher.publish();
        return made;
    }

    /** Gives the edited day back to the engine; an edit whose airing is already in the frozen past stays. */
    public void withdrawEdit(Caller caller, long id) {
        store.write(r -> {
            ScheduleEdit edit = r.hand().edit(id).filter(e -> e.withdrawnAt() == null)
                    .orElseThrow(() -> DomainException.notFound("sửa lịch", "Schedule edit", String.valueOf(id)));
            Station station = StationRegistry.findInScope(r, caller.principal(), edit.stationId());
            Instant until = publisher.frozenUntil();
            if (edit.atSecond() != null) {
                requireFuture(instantOf(edit.day(), edit.atSecond(), station), until);
            }
            if (edit.fromSecond() != null) {
                requireFuture(instantOf(edit.day(), edit.fromSecond(), station), until);
            }
            Instant now = clock.instant();
            r.hand().withdrawEdit(id, now, caller.username());
            Audit.record(r, caller.actor(), now, "schedule.edit_withdraw", "station", String.valueOf(station.id()),
                    station.spec().communeCode(), new JsonObject().put("edit_id", id).encode());
            return null;
        });
        publisher.publish();
    }

    /** The edits in force at a station on the days {@code from}..{@code to}. */
    public List<ScheduleEdit> edits(Caller caller, long stationId, LocalDate from, LocalDate to) {
        return store.read(r -> {
            StationRegistry.findInScope(r, caller.principal(), stationId);
            return r.hand().edits(stationId, from, to);
        });
    }

    public DayOff addDayOff(Caller caller, DayOff draft) {
        DayOff made = store.write(r -> {
            Problems problems = new Problems();
            TextRules.checkName("reason", draft.reason(), 500, problems);
            TextRules.checkPlain("reason", draft.reason(), problems);
            if (draft.lastDay().isBefore(draft.firstDay())) {
                problems.add("last_day", "Ngày cuối phải từ ngày đầu trở đi.", "last_day must not be before first_day.");
            }
            if (draft.firstDay().isBefore(today())) {
                problems.add("first_day", "Ngày nghỉ phải từ hôm nay trở đi: những ngày đã qua giữ nguyên như đã phát.",
                        "A day off starts today or later: the days gone by stay as they aired.");
            }
            if (draft.kind().equals(DayOff.PAUSE) && draft.stationId() == null) {
                problems.add("station_id", "Tạm dừng là cho một đài (đang sửa chữa); ngày nghỉ chung hãy chọn loại 'ngày lễ, ngày tang'.",
                        "A pause is for one station (under repair); for a shared day off choose a holiday.");
            }
            problems.throwIfAny("Ngày nghỉ", "The day off");
            String unit = Targets.require(r, caller, draft.stationId(), draft.scopeCode());
            Instant now = clock.instant();
            long id = r.hand().insertDayOff(new DayOff(0, draft.kind(), draft.scopeCode(), draft.stationId(), draft.firstDay(),
                    draft.lastDay(), draft.reason().strip(), caller.username(), now));
            DayOff stored = r.hand().dayOff(id).orElseThrow();
            Audit.record(r, caller.actor(), now, "day_off.create", "day_off", String.valueOf(id), unit, json(stored).encode());
            return stored;
        });
        publisher.publish();
        return made;
    }

    public void withdrawDayOff(Caller caller, long id) {
        store.write(r -> {
            DayOff d = r.hand().dayOff(id).orElseThrow(() -> DomainException.notFound("ngày nghỉ", "Day off", String.valueOf(id)));
            String unit = Targets.require(r, caller, d.stationId(), d.scopeCode());
            Instant now = clock.instant();
            r.hand().withdrawDayOff(id, now);
            Audit.record(r, caller.actor(), now, "day_off.withdraw", "day_off", String.valueOf(id), unit, json(d).encode());
            return null;
        });
        publisher.publish();
    }

    /** Days off in force from today on, within the caller's scope. */
    public List<DayOff> daysOff(Caller caller) {
        LocalDate today = today();
        return store.read(r -> r.hand().daysOff(today, today.plusDays(MAX_DAYS_AHEAD)).stream()
                .filter(d -> Targets.mayRead(r, caller, d.stationId(), d.scopeCode())).toList());
    }

    public RecurringSlot addSlot(Caller caller, RecurringSlot draft) {
        RecurringSlot made = store.write(r -> {
            Problems problems = new Problems();
            TextRules.checkName("name", draft.name(), 200, problems);
            TextRules.checkPlain("name", draft.name(), problems);
            if (draft.weekly() && draft.weekdays().isEmpty()) {
                problems.add("weekdays", "Hãy chọn các thứ trong tuần.", "Choose the weekdays.");
            }
            if (draft.lastDay() != null && draft.lastDay().isBefore(draft.firstDay())) {
                problems.add("last_day", "Ngày cuối phải từ ngày đầu trở đi.", "last_day must not be before first_day.");
            }
            Program program = r.programs().find(draft.programId()).orElse(null);
            if (program == null || program.status() != ProgramStatus.APPROVED) {
                problems.add("program_id", "Chương trình #" + draft.programId() + " không có hoặc chưa được duyệt.",
                        "Program #" + draft.programId() + " does not exist or is not approved.");
            } else if (draft.startMinute() * 60 + seconds(program) > 86_400) {
                problems.add("start", "Chương trình phải phát xong trong ngày.", "The program must end within the day.");
            }
            problems.throwIfAny("Giờ phát cố định", "The recurring slot");
            String unit = Targets.require(r, caller, draft.stationId(), draft.scopeCode());
            Instant now = clock.instant();
            // a slot starting before today would reach into the days gone by: it starts today
            LocalDate first = draft.firstDay().isBefore(today()) ? today() : draft.firstDay();
            long id = r.hand().insertSlot(new RecurringSlot(0, draft.name().strip(), draft.programId(), draft.scopeCode(),
                    draft.stationId(), draft.startMinute(), draft.weekly(), draft.weekdays(), draft.every(), first,
                    draft.lastDay(), caller.username(), now));
            RecurringSlot stored = r.hand().slot(id).orElseThrow();
            Audit.record(r, caller.actor(), now, "recurring_slot.create", "recurring_slot", String.valueOf(id), unit,
                    HandJson.slot(stored).encode());
            return stored;
        });
        publisher.publish();
        return made;
    }

    public void retireSlot(Caller caller, long id) {
        store.write(r -> {
            RecurringSlot s = r.hand().slot(id)
                    .orElseThrow(() -> DomainException.notFound("giờ phát cố định", "Recurring slot", String.valueOf(id)));
            String unit = Targets.require(r, caller, s.stationId(), s.scopeCode());
            Instant now = clock.instant();
            r.hand().retireSlot(id, now);
            Audit.record(r, caller.actor(), now, "recurring_slot.retire", "recurring_slot", String.valueOf(id), unit, s.name());
            return null;
        });
        publisher.publish();
    }

    public List<RecurringSlot> slots(Caller caller) {
        LocalDate today = today();
        return store.read(r -> r.hand().slots(today, today.plusDays(MAX_DAYS_AHEAD)).stream()
                .filter(s -> Targets.mayRead(r, caller, s.stationId(), s.scopeCode())).toList());
    }

    /**
     * A fallback playlist: the one set on the unit or station itself, and, for a station, what it airs (its
     * own, else the nearest unit's above it).
     */
    public record Fallback(String unitCode, Long stationId, List<FallbackProgram> own, List<FallbackProgram> airs) {
    }

    /** How many programs a fallback playlist holds at most: enough for days, light for an old PC's disk. */
    private static final int MAX_FALLBACK = 50;

    public Fallback fallback(Caller caller, String unitCode, Long stationId) {
        return store.read(r -> {
            if (stationId != null) {
                StationRegistry.findInScope(r, caller.principal(), stationId);
            } else {
                Scope.requireReadable(r, caller.principal(), requireUnit(r, unitCode));
            }
            return fallbackOf(r, unitCode, stationId);
        });
    }

    /** Replaces the playlist of the unit or station (an empty list removes it: the station follows its unit). */
    public Fallback setFallback(Caller caller, String unitCode, Long stationId, List<Long> programIds) {
        return store.write(r -> {
            Problems problems = new Problems();
            if (programIds.size() > MAX_FALLBACK) {
                problems.add("program_ids", "Danh sách dự phòng tối đa " + MAX_FALLBACK + " chương trình.",
                        "A fallback playlist holds at most " + MAX_FALLBACK + " programs.");
            }
            if (programIds.stream().distinct().count() < programIds.size()) {
                problems.add("program_ids", "Mỗi chương trình chỉ có một lần trong danh sách.", "Each program appears once.");
            }
            for (long id : programIds) {
                Program p = r.programs().find(id).orElse(null);
                if (p == null || p.status() != ProgramStatus.APPROVED) {
                    problems.add("program_ids", "Chương trình #" + id + " không có hoặc chưa được duyệt.",
                            "Program #" + id + " does not exist or is not approved.");
                }
            }
            problems.throwIfAny("Danh sách phát dự phòng", "The fallback playlist");
            String unit = stationId != null ? Targets.require(r, caller, stationId, null) : requireUnit(r, unitCode);
            if (stationId == null) {
                Scope.requireUnit(r, caller.principal(), unitCode);
            }
            r.fallback().set(unitCode, stationId, programIds);
            Audit.record(r, caller.actor(), clock.instant(), "fallback.set", stationId != null ? "station" : "org_unit",
                    stationId != null ? String.valueOf(stationId) : unitCode, unit,
                    new JsonObject().put("program_ids", new JsonArray(programIds)).encode());
            return fallbackOf(r, unitCode, stationId);
        });
    }

    private static Fallback fallbackOf(Repositories r, String unitCode, Long stationId) {
        return new Fallback(unitCode, stationId, r.fallback().own(unitCode, stationId),
                stationId != null ? r.fallback().forStation(stationId) : r.fallback().own(unitCode, null));
    }

    /** The unit's code, when a unit (not a group) has it: a fallback playlist belongs to a unit or a station. */
    private static String requireUnit(Repositories r, String code) {
        return r.orgUnits().findByCode(code).map(u -> u.code())
                .orElseThrow(() -> DomainException.notFound("đơn vị", "Unit", code));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private Program checkEdit(Repositories r, EditRequest request) {
        Problems problems = new Problems();
        TextRules.checkName("reason", request.reason(), 500, problems);
        TextRules.checkPlain("reason", request.reason(), problems);
        boolean add = request.kind().equals(ScheduleEdit.ADD);
        boolean remove = request.kind().equals(ScheduleEdit.REMOVE);
        if ((request.stationId() == null) == (request.scopeCode() == null)) {
            problems.add("station_id", "Hãy chọn một đài, hoặc một đơn vị/nhóm.", "Choose one station, or one unit or group.");
        } else if (request.stationId() == null && request.kind().equals(ScheduleEdit.MOVE)) {
            problems.add("kind", "Dời giờ làm cho từng đài; cho cả đơn vị hãy bỏ rồi thêm.",
                    "Moving is per station; for a whole unit remove, then add.");
        }
        if (request.day().isBefore(today()) || request.day().isAfter(today().plusDays(MAX_DAYS_AHEAD))) {
            problems.add("day", "Chỉ sửa được lịch từ hôm nay trở đi (trong một năm tới).", "Only days from today on (within a year) can be edited.");
        }
        if (!remove && request.atSecond() == null) {
            problems.add("at", "Hãy cho biết giờ phát mới.", "Give the new time.");
        }
        if (remove && request.atSecond() != null) {
            problems.add("at", "Bỏ một lượt phát thì không có giờ mới.", "A removal has no new time.");
        }
        if (!add && request.campaignId() == null) {
            problems.add("campaign_id", "Hãy cho biết lượt phát thuộc chiến dịch nào.", "Say which campaign's airing it is.");
        }
        if (request.stationId() != null && !add && request.fromSecond() == null) {
            problems.add("from", "Hãy cho biết giờ của lượt phát cần sửa.", "Give the time of the airing to change.");
        }
        Program program = r.programs().find(request.programId()).orElse(null);
        if (program == null || program.status() != ProgramStatus.APPROVED) {
            problems.add("program_id", "Chương trình #" + request.programId() + " không có hoặc chưa được duyệt.",
                    "Program #" + request.programId() + " does not exist or is not approved.");
        } else if (request.atSecond() != null && request.atSecond() + seconds(program) > 86_400) {
            problems.add("at", "Chương trình phải phát xong trong ngày.", "The program must end within the day.");
        }
        problems.throwIfAny("Sửa lịch phát", "The schedule edit");
        return program;
    }

    private static int seconds(Program program) {
        return (int) ((program.rendition().durationMillis() + 999) / 1000);
    }

    /** The station's published airing the request names: same program and campaign, at its time when given. */
    private ScheduledItem airingOf(List<ScheduledItem> day, EditRequest request, Station station) {
        for (ScheduledItem i : day) {
            if (i.programId() == request.programId() && request.campaignId().equals(i.campaignId())
                    && (request.fromSecond() == null || secondOf(i.plannedStart(), station) == request.fromSecond())) {
                return i;
            }
        }
        return null;
    }

    private static void requireNoNoticeAt(List<ScheduledItem> day, int start, int end, Station station) {
        for (ScheduledItem i : day) {
            int s = secondOf(i.plannedStart(), station);
            int e = s + (int) ((i.durationMillis() + 999) / 1000);
            if (i.noticeId() != null && s < end && start < e) {
                throw new DomainException(DomainException.Kind.CONFLICT, "overlaps_notice",
                        "Giờ mới trùng với thông báo khẩn '" + i.noticeTitle() + "'; hãy chọn giờ khác.",
                        "The new time overlaps the urgent notice '" + i.noticeTitle() + "'; choose another.", new JsonObject());
            }
        }
    }

    private static void requireFuture(Instant start, Instant frozenUntil) {
        if (start.isBefore(frozenUntil)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "frozen_past",
                    "Lượt phát này đã phát hoặc sắp phát (trong vài phút tới) nên không sửa được: những gì đã phát giữ nguyên.",
                    "This airing has aired or is about to (within minutes), so it cannot be changed: what aired stays.",
                    new JsonObject().put("frozen_until", frozenUntil.toString()));
        }
    }

    private static int secondOf(Instant at, Station station) {
        return at.atZone(ZoneId.of(station.spec().timeZone())).toLocalTime().toSecondOfDay();
    }

    private static Instant instantOf(LocalDate day, int second, Station station) {
        return ZonedDateTime.of(day, LocalTime.MIDNIGHT, ZoneId.of(station.spec().timeZone())).plusSeconds(second).toInstant();
    }

    private static JsonObject json(DayOff d) {
        return HandJson.dayOff(d);
    }
}
