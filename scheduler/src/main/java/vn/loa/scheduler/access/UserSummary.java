package vn.loa.scheduler.access;

import io.vertx.core.json.JsonObject;
import vn.loa.scheduler.domain.access.User;

/** A user as one JSON object: the wire form and what the audit log keeps (never a password or its hash). */
public final class UserSummary {

    private UserSummary() {
    }

    public static JsonObject json(User u) {
        return new JsonObject().put("id", u.id()).put("username", u.username()).put("display_name", u.displayName())
                .put("role", u.role().wireName()).put("scope_code", u.scopeCode())
                .put("must_change_password", u.mustChangePassword()).put("disabled", u.disabled())
                .put("created_at", u.createdAt().toString());
    }
}
