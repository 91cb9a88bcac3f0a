package vn.loa.agent.sync;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.agent.store.Relay;

/**
 * Whether this PC reaches the streams it is to relay, for the heartbeat: each source of the relays still to air
 * is tried (connect, read its first bytes) at most every {@link #EVERY_NANOS}, so an officer sees on the station's
 * page before the 17:00 relay that it will fall back, without the agent holding streams open all day.
 */
final class RelayReach {

    private static final long EVERY_NANOS = 10 * 60 * 1_000_000_000L;
    private static final int TIMEOUT_MILLIS = 4000;

    private final Map<String, String> lines = new LinkedHashMap<>();
    private long triedNanos;
    private boolean tried;

    /** One line per source ("Tiếp âm VOV1: nghe được / reachable"), or null when no relay is ahead. */
    String state(List<Relay> ahead) {
        if (ahead.isEmpty()) {
            return null;
        }
        if (!tried || System.nanoTime() - triedNanos > EVERY_NANOS) {
            lines.clear();
            for (Relay r : ahead) {
                lines.computeIfAbsent(r.url(), url -> r.sourceName() + ": " + reach(url));
            }
            tried = true;
            triedNanos = System.nanoTime();
        }
        List<String> current = new ArrayList<>();
        for (Relay r : ahead) {
            String line = lines.get(r.url());
            if (line != null && !current.contains(line)) {
                current.add(line);
            }
        }
        String text = String.join("\n", current);
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private static String reach(String url) {
        HttpURLConnection http = null;
        try {
            http = (HttpURLConnection) URI.create(url).toURL().openConnection();
            http.setConnectTimeout(TIMEOUT_MILLIS);
            http.setReadTimeout(TIMEOUT_MILLIS);
            int status = http.getResponseCode();
            if (status < 200 || status >= 300) {
                return "không nghe được, máy chủ trả lời mã " + status + " / not reachable, status " + status;
            }
            try (InputStream in = http.getInputStream()) {
                return in.read() >= 0 ? "nghe được / reachable" : "không có dữ liệu / no data";
            }
        } catch (IOException | IllegalArgumentException e) {
            return "không kết nối được / cannot connect (" + e.getClass().getSimpleName() + ")";
        } finally {
            if (http != null) {
                http.disconnect();
            }
        }
    }
}
