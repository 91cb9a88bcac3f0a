package vn.loa.scheduler.http;

/** A refusal decided in the HTTP layer itself (malformed JSON, wrong content type). */
final class ApiRefusal extends RuntimeException {

    private final transient ApiError error;

    ApiRefusal(ApiError error) {
        super(error.messageEn(), null, false, false);
        this.error = error;
    }

    ApiError error() {
        return error;
    }
}
