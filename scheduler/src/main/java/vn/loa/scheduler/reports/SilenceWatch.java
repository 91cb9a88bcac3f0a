package vn.loa.scheduler.reports;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.store.SilenceRepository;
import vn.loa.scheduler.store.Store;

import vn.loa.scheduler.domain.reports.StationActivity;
/**
 * Marks silent stations (DESIGN §7): no heartbeat for longer than the threshold, or items to air in
 * that time and no airing. A station never heard from is not announced (it has not gone silent; it
 * was never connected). Going silent and coming back each queue one webhook event, in the same
 * transaction as the mark, so an announcement is neither lost nor repeated.
 */
public final class SilenceWatch {

    private static final Logger LOG = LoggerFactory.getLogger(SilenceWatch.class);
    /** Items this recent may still be airing or on their way up: not yet a sign of silence. */
    private static final Duration GRACE = Duration.ofMinutes(15);

    private final Store store;
    private final Duration threshold;

    public SilenceWatch(Store store, Duration threshold) {
        this.store = store;
        this.threshold = threshold;
    }

    /** One check; returns how many stations changed state. */
    public int check(Instant now) {
        Instant since = now.minus(threshold);
        int changed = store.write(r -> {
            Map<Long, SilenceRepository.Silent> marked = r.silence().silent();
            int n = 0;
            for (StationActivity s : r.silence().activity(since, now.minus(GRACE))) {
                if (s.lastHeartbeat() == null) {
                    continue;
                }
                String reason = null;
                Instant silentSince = null;
                if (s.lastHeartbeat().isBefore(since)) {
                    reason = "no_heartbeat";
                    silentSince = s.lastHeartbeat();
                } else if (s.hadItemsToAir() && (s.lastAiring() == null || s.lastAiring().isBefore(since))) {
                    reason = "no_airing";
                    silentSince = s.lastAiring() == null ? since : s.lastAiring();
                }
                SilenceRepository.Silent was = marked.get(s.stationId());
                if (reason != null && was == null) {
                    r.silence().markSilent(s.stationId(), silentSince, reason, now);
                    r.silence().enqueue("station.silent", s.stationId(), payload("station.silent", s, reason, silentSince, now)
                            .encode(), now);
                    LOG.warn("[silence] station {} silent since {} ({})", s.code(), silentSince, reason);
                    n++;
                } else if (reason == null && was != null) {
                    r.silence().clearSilent(s.stationId());
                    r.silence().enqueue("station.back", s.stationId(), payload("station.back", s, was.reason(), was.since(), now)
                            .encode(), now);
                    LOG.info("[silence] station {} is back", s.code());
                    n++;
                }
            }
            return n;
        });
        return changed;
    }

    private static JsonObject payload(String kind, StationActivity s, String reason, Instant since, Instant now) {
        boolean silent = kind.equals("station.silent");
        String why = reason.equals("no_heartbeat") ? "không nhận được tín hiệu từ phần mềm tại đài" : "không phát chương trình nào";
        String message = silent
                ? "Đài " + s.name() + " (" + s.code() + ") im lặng: " + why + " từ " + since + "."
                : "Đài " + s.name() + " (" + s.code() + ") đã hoạt động trở lại.";
        return new JsonObject().put("event", kind).put("station_id", s.stationId()).put("station_code", s.code())
                .put("station_name", s.name()).put("commune_code", s.communeCode()).put("reason", reason)
                .put("silent_since", since.toString()).put("at", now.toString()).put("message", message)
                .put("message_en", silent ? "Station " + s.code() + " is silent (" + reason + ") since " + since + "."
                        : "Station " + s.code() + " is back.");
    }
}
