package vn.loa.scheduler.domain;

import io.vertx.core.json.JsonObject;

/**
 * A request the domain refuses, with what a person needs to act on it. Thrown before anything is
 * written, so a refused request changes nothing. The HTTP layer maps {@link Kind} to a status in one
 * place.
 */
public final class DomainException extends RuntimeException {

    /** What sort of refusal this is; the HTTP layer owns the mapping to statuses. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, UNAUTHENTICATED, FORBIDDEN, LOCKED }

    private final Kind kind;
    private final String code;
    private final String messageEn;
    private final JsonObject details;

    public DomainException(Kind kind, String code, String message, String messageEn, JsonObject details) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.messageEn = messageEn;
        this.details = details == null ? new JsonObject() : details;
    }

    public static DomainException notFound(String what, String whatEn, String key) {
        return new DomainException(Kind.NOT_FOUND, "not_found",
                "Không tìm thấy " + what + " '" + key + "'. Hãy kiểm tra lại mã hoặc số hiệu.",
                whatEn + " '" + key + "' was not found. Check the code or id.",
                new JsonObject().put("key", key));
    }

    /** A value the calendar or the format does not know, for the named field: a 400 that says what was expected. */
    public static DomainException invalidValue(String field, String text, String expectedVi, String expectedEn) {
        return new DomainException(Kind.INVALID, "invalid_request",
                "Giá trị '" + text + "' của '" + field + "' không hợp lệ; cần " + expectedVi + ".",
                "Value '" + text + "' of '" + field + "' is invalid; expected " + expectedEn + ".",
                new JsonObject().put("field", field));
    }

    /** The caller may not touch this object (another district's station, another station's records). */
    public static DomainException outOfScope(String what, String whatEn) {
        return new DomainException(Kind.FORBIDDEN, "out_of_scope",
                "Bạn không có quyền với " + what + " này (ngoài phạm vi được giao).",
                "You have no access to this " + whatEn + " (outside your scope).", new JsonObject());
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String messageEn() {
        return messageEn;
    }

    public JsonObject details() {
        return details;
    }
}
