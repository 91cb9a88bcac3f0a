package vn.loa.scheduler.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.loa.scheduler.domain.reports.StationActivity;

/** Silent stations and the webhook events that announce them. */
public interface SilenceRepository {

    /** A station marked silent. */
    record Silent(long stationId, Instant since, String reason) {
    }

    /** A webhook event waiting for delivery. */
    record WebhookEvent(long id, String kind, String payload, int attempts) {
    }

    /**
     * Every station's activity; {@code hadItemsToAir} looks at published items planned between
     * {@code itemsFrom} and {@code itemsTo}.
     */
    List<StationActivity> activity(Instant itemsFrom, Instant itemsTo);

    Map<Long, Silent> silent();

    /** The stations marked silent within a unit's subtree (null: all). */
    List<Silent> silentWithin(String unitCode);

    void markSilent(long stationId, Instant since, String reason, Instant now);

    void clearSilent(long stationId);

    void enqueue(String kind, Long stationId, String payload, Instant now);

    List<WebhookEvent> due(Instant now, int limit);

    void delivered(long id, Instant now);

    void retryLater(long id, int attempts, Instant next, String error);
}
