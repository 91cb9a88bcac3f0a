package vn.loa.agent.playout;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import vn.loa.agent.cache.MediaCache;
import vn.loa.agent.store.AgentState;
import vn.loa.agent.store.FallbackPlan;
import vn.loa.agent.store.Item;

/**
 * Chooses the fallback program to air now, if any, so the loudspeakers do not fall silent: inside the
 * station's windows once its published schedule has run out (the link has been down longer than the
 * horizon), or in the slot of an item whose audio is missing. The playlist is aired in turn, the turn
 * kept across restarts; only programs whose audio is on this PC, which end before the window (or slot)
 * does and before the next scheduled item starts. A fallback item has a negative id: it is no server item.
 */
final class FallbackPicker {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Supplier<Optional<FallbackPlan>> plan;
    private final AgentState state;
    private final MediaCache cache;
    /** The slot of an item whose audio was missing: fallback until its end. */
    private Instant slotEnd;
    private long slotItem;

    FallbackPicker(Supplier<Optional<FallbackPlan>> plan, AgentState state, MediaCache cache) {
        this.plan = plan;
        this.state = state;
        this.cache = cache;
    }

    /** The item's audio is missing: its slot is the fallback's until it ends. */
    void coverFor(Item item) {
        slotEnd = item.plannedEnd();
        slotItem = item.id();
    }

    /** What to air from {@code start}, before {@code next} (null: nothing scheduled ahead). */
    Optional<Item> due(Instant start, Item next) {
        Optional<FallbackPlan> p = plan.get();
        if (p.isEmpty() || p.get().programs().isEmpty()) {
            return Optional.empty();
        }
        FallbackPlan fp = p.get();
        Instant at = start.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        ZonedDateTime local = at.atZone(fp.zone());
        Instant until;
        String reason;
        if (slotEnd != null && at.isBefore(slotEnd)) {
            until = slotEnd;
            reason = "Phát dự phòng thay mục " + slotItem + " (thiếu tệp âm thanh) / fallback for item " + slotItem
                    + " (audio missing)";
        } else if (local.toLocalDate().isAfter(fp.scheduleEnds())) {
            Optional<Instant> windowEnd = windowEnd(fp, local);
            if (windowEnd.isEmpty()) {
                return Optional.empty();
            }
            until = windowEnd.get();
            reason = "Phát dự phòng: lịch phát đã hết (đến " + DAY.format(fp.scheduleEnds()) + "), chưa nhận được lịch mới"
                    + " / fallback: the schedule ran out and no new one came";
        } else {
            return Optional.empty();
        }
        if (next != null && next.plannedStart().isBefore(until)) {
            until = next.plannedStart();
        }
        int turn = Integer.parseInt(state.get("fallback_turn").orElse("0"));
        for (int k = 0; k < fp.programs().size(); k++) {
            int index = Math.floorMod(turn + k, fp.programs().size());
            FallbackPlan.Program program = fp.programs().get(index);
            if (!at.plusMillis(program.durationMillis()).isAfter(until) && cached(program.sha256())) {
                state.set("fallback_turn", String.valueOf(index + 1));
                return Optional.of(new Item(-at.getEpochSecond(), at, program.durationMillis(), program.programId(),
                        program.sha256(), reason, null, null));
            }
        }
        return Optional.empty();
    }

    private boolean cached(String sha256) {
        try {
            return cache.verified(sha256);
        } catch (IOException e) {
            return false;
        }
    }

    /** The end of the window the local time is in, when it is in one. */
    private static Optional<Instant> windowEnd(FallbackPlan plan, ZonedDateTime local) {
        int minute = local.toLocalTime().toSecondOfDay() / 60;
        for (FallbackPlan.Window w : plan.windows()) {
            if (w.day() == local.getDayOfWeek() && w.startMinute() <= minute && minute < w.endMinute()) {
                LocalTime end = w.endMinute() >= 24 * 60 ? LocalTime.MAX : LocalTime.ofSecondOfDay(w.endMinute() * 60L);
                return Optional.of(local.with(end).toInstant());
            }
        }
        return Optional.empty();
    }
}
