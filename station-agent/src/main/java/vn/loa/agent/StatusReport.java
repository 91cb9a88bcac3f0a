package vn.loa.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.loa.agent.cache.MediaCache;
import vn.loa.agent.outbox.Outcome;
import vn.loa.agent.store.AgentState;
import vn.loa.agent.store.Item;

/** What {@code status} prints for the commune radio officer, in Vietnamese first: next, today, link, outbox, cache. */
final class StatusReport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM").withZone(ZONE);

    private StatusReport() {
    }

    static String of(Identity identity, AgentStore store, MediaCache cache, Instant now) throws IOException {
        StringBuilder out = new StringBuilder();
        line(out, "Đài / Station", identity.stationCode() + " — máy chủ / server " + identity.server());
        String lastSync = store.state().get("last_sync").orElse(null);
        if (lastSync == null) {
            line(out, "Liên lạc / Link", "chưa đồng bộ lần nào / never synced");
        } else {
            String[] parts = lastSync.split(" ");
            boolean ok = !parts[1].equals("FAILED");
            line(out, "Liên lạc / Link", (ok ? "tốt / ok" : "mất liên lạc / down") + ", lần cuối / last " + TIME.format(Instant.parse(parts[0]))
                    + store.state().get("last_error").map(e -> " — " + e).orElse(""));
        }
        List<Item> waiting = store.schedule().unhandled();
        JsonNode titles = JSON.readTree(store.state().get(AgentState.PROGRAM_TITLES).orElse("{}"));
        if (waiting.isEmpty()) {
            line(out, "Tiếp theo / Next", "không có mục nào / nothing scheduled");
        } else {
            Item next = waiting.get(0);
            // the first item not yet recorded may be the one airing now: said so, not called "next"
            boolean onAir = !next.plannedStart().isAfter(now) && next.plannedEnd().isAfter(now);
            line(out, onAir ? "Đang phát / On air" : "Tiếp theo / Next", TIME.format(next.plannedStart()) + " "
                    + titles.path(String.valueOf(next.programId())).asText("chương trình / program #" + next.programId())
                    + (next.urgent() ? " (thông báo khẩn / urgent)" : "") + "; " + waiting.size() + " mục chờ / items to air");
        }
        Instant midnight = LocalDate.ofInstant(now, ZONE).atStartOfDay(ZONE).toInstant();
        Map<String, Integer> today = new TreeMap<>();
        for (String json : store.outbox().since(midnight)) {
            JsonNode r = JSON.readTree(json);
            String outcome = r.path("outcome").asText();
            today.merge(Outcome.fromWire(outcome).map(Outcome::label).orElse(outcome), 1, Integer::sum);
        }
        List<String> counts = new ArrayList<>();
        today.forEach((label, n) -> counts.add(label + ": " + n));
        line(out, "Hôm nay / Today", today.isEmpty() ? "chưa có / none yet" : String.join("; ", counts));
        store.state().get("clock_offset_ms").ifPresent(offset -> line(out, "Đồng hồ / Clock",
                "máy chủ lệch / server ahead by " + offset + " ms" + store.state().get("clock_uncertainty_ms")
                        .filter(u -> !u.startsWith("-")).map(u -> " (± " + u + " ms)").orElse("")));
        line(out, "Chưa gửi / Outbox backlog", String.valueOf(store.outbox().backlog()));
        if (store.outbox().refused() > 0) {
            line(out, "Máy chủ từ chối / Refused by the server", String.valueOf(store.outbox().refused()));
        }
        line(out, "Bộ nhớ đệm / Cache", String.format(Locale.ROOT, "%.1f MB", cache.usedBytes() / 1_048_576.0)
                .replace('.', ','));
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(label).append(": ").append(value).append('\n');
    }
}
