package vn.loa.scheduler.http;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.ext.web.handler.InputTrustHandler;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.Location;
import io.vertx.openapi.contract.MediaType;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import io.vertx.openapi.validation.RequestValidator;
import io.vertx.openapi.validation.ValidatorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Validates an agent's hot calls (as-run batches, heartbeats) against the contract with {@link FastSchema}, and hands
 * every request it cannot call valid to the library's validator as the router would have: the same 400s, worded the
 * same, and the same contract. Valid requests, nearly all of them, skip the library's per-value interpretation.
 */
final class QuickValidation implements InputTrustHandler {

    private record Param(String name, Location in, boolean required, boolean integer, FastSchema schema) {
    }

    private final Operation operation;
    private final List<Param> params = new ArrayList<>();
    private final FastSchema body;
    private final boolean bodyRequired;
    private final RequestValidator library;
    private final RequestExtractor extractor = RequestExtractor.withBodyHandler();

    private QuickValidation(Vertx vertx, OpenAPIContract contract, Operation operation) {
        this.operation = operation;
        this.library = RequestValidator.create(vertx, contract);
        for (Parameter p : operation.getParameters()) {
            params.add(new Param(p.getName(), p.getIn(), p.isRequired(), "integer".equals(p.getSchema().get("type")),
                    FastSchema.of(p.getSchema())));
        }
        MediaType json = operation.getRequestBody() == null ? null
                : operation.getRequestBody().getContent().get(MediaType.APPLICATION_JSON);
        this.body = json == null ? null : FastSchema.of(json.getSchema());
        this.bodyRequired = operation.getRequestBody() != null && operation.getRequestBody().isRequired();
    }

    /** Puts the quick check in place of the router's validation for these operations (before their handlers). */
    static List<QuickValidation> install(Vertx vertx, OpenAPIContract contract, RouterBuilder routes, String... operationIds) {
        List<QuickValidation> installed = new ArrayList<>();
        for (String id : operationIds) {
            QuickValidation quick = of(vertx, contract, id);
            routes.getRoute(id).setDoValidation(false).addHandler(quick);
            installed.add(quick);
        }
        return installed;
    }

    static QuickValidation of(Vertx vertx, OpenAPIContract contract, String operationId) {
        return new QuickValidation(vertx, contract, contract.operation(operationId));
    }

    /** Whether the whole of the operation's parameters and body were understood by the quick check. */
    boolean complete() {
        return (body == null || body.complete()) && params.stream().allMatch(p -> p.schema().complete()
                && (p.in() == Location.PATH || p.in() == Location.QUERY));
    }

    @Override
    public void handle(RoutingContext rc) {
        if (quickly(rc) == FastSchema.Verdict.VALID) {
            rc.next();
            return;
        }
        extractor.extractValidatableRequest(rc, operation)
                .compose(request -> library.validate(request, operation.getOperationId()))
                .onSuccess(validated -> {
                    rc.put(RouterBuilder.KEY_META_DATA_VALIDATED_REQUEST, validated);
                    rc.next();
                })
                .onFailure(e -> rc.fail(e instanceof ValidatorException
                        ? new HttpException(HttpResponseStatus.BAD_REQUEST.code(), e.getMessage(), e) : e));
    }

    FastSchema.Verdict quickly(RoutingContext rc) {
        for (Param p : params) {
            String raw = p.in() == Location.PATH ? rc.pathParam(p.name())
                    : p.in() == Location.QUERY && rc.queryParams().getAll(p.name()).size() <= 1
                    ? rc.queryParams().get(p.name()) : null;
            if (raw == null) {
                if (p.required() || p.in() != Location.QUERY || rc.queryParams().contains(p.name())) {
                    return FastSchema.Verdict.UNSURE;
                }
                continue;
            }
            Object value = raw;
            if (p.integer()) {
                if (!raw.matches("-?[0-9]{1,18}")) {
                    return FastSchema.Verdict.UNSURE;
                }
                value = Long.parseLong(raw);
            }
            if (p.schema().check(value) != FastSchema.Verdict.VALID) {
                return FastSchema.Verdict.UNSURE;
            }
        }
        if (body == null) {
            return FastSchema.Verdict.VALID;
        }
        String type = rc.request().getHeader("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!media.equals(MediaType.APPLICATION_JSON) || rc.body().isEmpty() && bodyRequired) {
            return FastSchema.Verdict.UNSURE;
        }
        Object value;
        try {
            value = rc.body().asJsonObject();
        } catch (RuntimeException notAnObject) {
            return FastSchema.Verdict.UNSURE;
        }
        return value == null ? FastSchema.Verdict.UNSURE : body.check(value);
    }
}
