package vn.loa.scheduler.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** Times every request once its answer has left, under the contract's operation the access gate found for it. */
final class RequestMetrics implements Handler<RoutingContext> {

    /** Where the gate (or the poll answered from memory) puts the operationId. */
    static final String OPERATION = "loa.operation";

    private final Meters meters;

    RequestMetrics(Meters meters) {
        this.meters = meters;
    }

    @Override
    public void handle(RoutingContext rc) {
        long started = System.nanoTime();
        rc.addBodyEndHandler(v -> {
            String operation = rc.get(OPERATION);
            meters.request(operation == null ? "unmatched" : operation, rc.response().getStatusCode(),
                    System.nanoTime() - started);
        });
        rc.next();
    }
}
