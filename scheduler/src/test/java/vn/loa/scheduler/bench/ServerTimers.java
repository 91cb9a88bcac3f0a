package vn.loa.scheduler.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the server itself measured per operation (its {@code loa_http_requests_seconds} timers at {@code /metrics}:
 * from the request's routing to its answer's end, over their last two minutes), beside what the simulated agents
 * measured from outside, which adds the time a request waited for the machine's cores and the simulator's own.
 */
final class ServerTimers {

    /** The server's p50 and p99 of one operation, in milliseconds, from its busiest status class. */
    record Timing(long count, double p50Millis, double p99Millis) {
    }

    private static final Pattern LINE = Pattern.compile(
            "loa_http_requests_seconds(_count)?\\{([^}]*)\\} ([0-9.eE+-]+|NaN)");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private ServerTimers() {
    }

    /** Per verb of the simulation, the slowest instance's timing (null entries where an instance had none). */
    static Map<String, Timing> read(List<Integer> ports, Map<String, String> verbOfOperation) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, Timing> slowest = new HashMap<>();
        for (int port : ports) {
            String text = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            parse(text).forEach((operation, timing) -> {
                String verb = verbOfOperation.get(operation);
                if (verb != null) {
                    slowest.merge(verb, timing, (a, b) -> a.p99Millis() >= b.p99Millis() ? a : b);
                }
            });
        }
        return slowest;
    }

    /** Per operation, the status class answered most often, with its count and quantiles. */
    static Map<String, Timing> parse(String metrics) {
        Map<String, Map<String, double[]>> byOperation = new HashMap<>();
        for (String line : metrics.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.lookingAt()) {
                continue;
            }
            Map<String, String> labels = new HashMap<>();
            Matcher l = LABEL.matcher(m.group(2));
            while (l.find()) {
                labels.put(l.group(1), l.group(2));
            }
            double[] values = byOperation.computeIfAbsent(labels.get("operation"), o -> new HashMap<>())
                    .computeIfAbsent(labels.get("status"), s -> new double[] {0, Double.NaN, Double.NaN});
            double value = Double.parseDouble(m.group(3));
            if (m.group(1) != null) {
                values[0] = value;
            } else if ("0.5".equals(labels.get("quantile"))) {
                values[1] = value * 1000;
            } else if ("0.99".equals(labels.get("quantile"))) {
                values[2] = value * 1000;
            }
        }
        Map<String, Timing> timings = new HashMap<>();
        byOperation.forEach((operation, classes) -> classes.values().stream().max((a, b) -> Double.compare(a[0], b[0]))
                .ifPresent(v -> timings.put(operation, new Timing((long) v[0], v[1], v[2]))));
        return timings;
    }
}
