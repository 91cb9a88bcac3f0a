package vn.loa.agent.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the station airs when its schedule runs out: the last day the server published for it, its
 * windows in its time zone, and the fallback playlist. Kept from the last schedule pulled, so an agent
 * without a link for longer than the horizon still knows it.
 */
public record FallbackPlan(LocalDate scheduleEnds, ZoneId zone, List<Window> windows, List<Program> programs) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "fallback_plan";

    /** A window of one weekday, in minutes of the day. */
    public record Window(DayOfWeek day, int startMinute, int endMinute) {
    }

    public record Program(long programId, String sha256, long durationMillis) {
    }

    /** From a schedule answer; empty when the server sent none (an older server). */
    public static Optional<FallbackPlan> of(JsonNode schedule) {
        if (!schedule.has("fallback") || !schedule.has("windows") || !schedule.has("to")) {
            return Optional.empty();
        }
        List<Window> windows = new ArrayList<>();
        for (JsonNode w : schedule.get("windows")) {
            windows.add(new Window(day(w.get("day").asText()), minute(w.get("start").asText()), minute(w.get("end").asText())));
        }
        List<Program> programs = new ArrayList<>();
        for (JsonNode p : schedule.get("fallback")) {
            programs.add(new Program(p.get("program_id").asLong(), p.get("content_sha256").asText(), p.get("duration_ms").asLong()));
        }
        return Optional.of(new FallbackPlan(LocalDate.parse(schedule.get("to").asText()),
                ZoneId.of(schedule.path("time_zone").asText("Asia/Ho_Chi_Minh")), windows, programs));
    }

    public static Optional<FallbackPlan> load(AgentState state) {
        return state.get(KEY).flatMap(FallbackPlan::parse);
    }

    /** The plan as {@link #save} keeps it, read back. */
    public static Optional<FallbackPlan> parse(String kept) {
        try {
            return of(JSON.readTree(kept));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan as kept now, raw: playout compares it before parsing it again. */
    public static Optional<String> kept(AgentState state) {
        return state.get(KEY);
    }

    /** Keeps the parts of the schedule answer the plan is made of. */
    public static void save(AgentState state, JsonNode schedule) {
        ObjectNode kept = JSON.createObjectNode();
        for (String field : new String[] {"to", "time_zone", "windows", "fallback"}) {
            if (schedule.has(field)) {
                kept.set(field, schedule.get(field));
            }
        }
        state.set(KEY, kept.toString());
    }

    private static DayOfWeek day(String wire) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(wire)) {
                return d;
            }
        }
        throw new IllegalArgumentException("weekday " + wire);
    }

    private static int minute(String clock) {
        return clock.equals("24:00") ? 24 * 60 : LocalTime.parse(clock).toSecondOfDay() / 60;
    }
}
