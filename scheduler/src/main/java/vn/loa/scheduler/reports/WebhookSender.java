package vn.loa.scheduler.reports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.store.SilenceRepository;
import vn.loa.scheduler.store.Store;

/**
 * Delivers queued webhook events to the configured URL, oldest first, one POST each with the event's
 * JSON. An answer other than 2xx, or none, is retried with a doubling delay up to an hour; an event is
 * marked delivered only after a 2xx. No URL configured: events wait (and are delivered once one is).
 */
public final class WebhookSender {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
    private static final Duration MAX_DELAY = Duration.ofHours(1);

    private final Store store;
    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public WebhookSender(Store store, URI url) {
        this.store = store;
        this.url = url;
    }

    /** Sends what is due; returns how many were delivered. */
    public int deliver(Instant now) {
        if (url == null) {
            return 0;
        }
        int delivered = 0;
        for (SilenceRepository.WebhookEvent event : store.read(r -> r.silence().due(now, 50))) {
            String error = post(event);
            if (error == null) {
                store.write(r -> {
                    r.silence().delivered(event.id(), now);
                    return null;
                });
                delivered++;
            } else {
                int attempts = event.attempts() + 1;
                Duration delay = Duration.ofSeconds(Math.min(MAX_DELAY.toSeconds(), 30L << Math.min(attempts - 1, 10)));
                store.write(r -> {
                    r.silence().retryLater(event.id(), attempts, now.plus(delay), error);
                    return null;
                });
                LOG.warn("[webhook] {} #{} not delivered (attempt {}): {}; next in {} s", event.kind(), event.id(), attempts,
                        error, delay.toSeconds());
            }
        }
        return delivered;
    }

    /** Null when delivered, else why not. */
    private String post(SilenceRepository.WebhookEvent event) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json; charset=utf-8").header("X-Loa-Event", event.kind())
                .POST(HttpRequest.BodyPublishers.ofString(event.payload(), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
