package vn.loa.scheduler.domain;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one input so a person sees them all at once, not one per attempt. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public void add(String field, String message, String messageEn) {
        found.add(new Problem(field, message, messageEn));
    }

    public void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }

    /** Throws an {@code invalid_input} refusal listing every problem, if there is any. */
    public void throwIfAny(String subject, String subjectEn) {
        if (found.isEmpty()) {
            return;
        }
        JsonArray items = new JsonArray();
        found.forEach(p -> items.add(p.toJson()));
        Problem first = found.get(0);
        String more = found.size() > 1 ? " (và " + (found.size() - 1) + " lỗi khác)" : "";
        String moreEn = found.size() > 1 ? " (and " + (found.size() - 1) + " more)" : "";
        throw new DomainException(DomainException.Kind.INVALID, "invalid_input",
                subject + " không hợp lệ: " + first.message() + more,
                subjectEn + " is invalid: " + first.messageEn() + moreEn,
                new JsonObject().put("problems", items));
    }
}
