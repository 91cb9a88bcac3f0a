package vn.loa.scheduler.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.micrometer.PrometheusScrapingHandler;

/**
 * {@code /metrics} in Prometheus's text format, to this machine only (Prometheus on the host, or through an SSH
 * tunnel): the figures name no person, but say how many stations a province has and how busy it is. The client's
 * address is the one {@link ClientAddress} settled, so a request a trusted proxy forwards from outside is refused.
 */
final class MetricsRoute implements Handler<RoutingContext> {

    private final Handler<RoutingContext> scrape;

    MetricsRoute(PrometheusMeterRegistry registry) {
        // the registry passed explicitly: the handler without it reads a default registry and answers nothing
        this.scrape = PrometheusScrapingHandler.create(registry);
    }

    @Override
    public void handle(RoutingContext rc) {
        if (!fromThisMachine(ClientAddress.of(rc))) {
            rc.fail(new ApiRefusal(new ApiError(403, "forbidden",
                    "Số liệu vận hành chỉ xem được từ chính máy chủ.",
                    "Metrics are served to this machine only.", null)));
            return;
        }
        scrape.handle(rc);
    }

    private static boolean fromThisMachine(String address) {
        return address != null && (address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1"));
    }
}
